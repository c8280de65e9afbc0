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

    /** A rest of a body this small is waited for briefly; a larger one is never waited for. */
    private static final long SMALL_REST = 16 * 1024;
    private static final long GRACE_MILLIS = 50;

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
     * Whether the unread rest of a body of known length has been received: Tomcat then discards it without waiting,
     * and the connection stays open for the client's next request. A small rest is given a moment
     * ({@value #GRACE_MILLIS} ms at most) to arrive: a client often sends the headers and a short body in two writes,
     * and closing while its body is on the way resets the connection, so that the client may lose the answer (seen
     * as "received no bytes" by a test client sending a small body to a refused path).
     */
    private static boolean restHasArrived(org.apache.coyote.Request received) {
        long length = received.getContentLengthLong();
        if (length < 0) {
            return false;
        }
        long waitUntil = System.nanoTime() + GRACE_MILLIS * 1_000_000L;
        while (true) {
            received.action(ActionCode.AVAILABLE, Boolean.TRUE);
            long rest = length - received.getBytesRead();
            if (rest <= received.getAvailable()) {
                return true;
            }
            if (rest > SMALL_REST || System.nanoTime() >= waitUntil) {
                return false;
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
