package org.visitledger.requests;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import java.io.IOException;

/**
 * A request refused before its body was read (401, 403, 413, 429…) closes its connection instead of having Tomcat read
 * and discard the rest of the body. Tomcat would otherwise hold the worker thread until the body arrived or the read
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
        if (response.getStatus() >= 400 && !request.isAsync() && !request.getCoyoteRequest().isFinished()) {
            // Tomcat's own way for an aborted upload: no swallowing, and the connection closes after the answer.
            request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        }
    }
}
