package org.visitledger.requests;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.visitledger.problems.Problems;

import java.io.IOException;
import java.io.Writer;

/**
 * Tomcat's error report as problem+json instead of its HTML page: for what Tomcat refuses before the application
 * sees the request (an encoded slash or NUL in the path, headers over the limit, TRACE). Errors inside the
 * application are answered by the application's own handlers and {@link ProblemErrorController}.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        ProblemDetail problem = ErrorProblems.of(known == null ? HttpStatus.BAD_REQUEST : known);
        problem.setInstance(Problems.instance(request.getRequestURI() == null ? "" : request.getRequestURI()));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(Problems.json(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone, or the response cannot take a body: nothing more to say.
        }
    }
}
