package org.visitledger.requests;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import java.io.IOException;

/**
 * A request refused before its body was read (401, 403, 413, 429…) whose body has not all arrived closes its connection
 * (with {@code Connection: close}) instead of having Tomcat read and discard the rest of the body. Tomcat would otherwise hold the worker thread until the body arrived or the read
 * timed out: 230 unauthenticated connections that sent headers announcing a body and then nothing held every worker
 * for a minute (issue 19, defect 2).
 */
public class UnreadBodies extends ValveBase {

    public UnreadBodies() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        getNext().invoke(request, response);
        org.apache.coyote.Request received = request.getCoyoteRequest();
        if (response.getStatus() < 400 || request.isAsync() || received.isFinished() || restHasArrived(received)) {
            return;
        }
        if (!response.isCommitted()) {
            response.setHeader("Connection", "close");
        }
        // Tomcat's own way for an aborted upload: no swallowing, and the connection closes after the answer.
        received.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
    }

    /**
     * Whether the unread rest of a body of known length has already been received: Tomcat then discards it without
     * waiting, and the connection stays open for the client's next request.
     */
    private static boolean restHasArrived(org.apache.coyote.Request received) {
        long length = received.getContentLengthLong();
        if (length < 0) {
            return false;
        }
        received.action(ActionCode.AVAILABLE, Boolean.TRUE);
        return length - received.getBytesRead() <= received.getAvailable();
    }
}
