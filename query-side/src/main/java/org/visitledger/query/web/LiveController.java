package org.visitledger.query.web;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.visitledger.query.live.LiveFeed;

import java.time.Duration;

/**
 * {@code GET /api/events}: the live stream of what happens to the visits the caller may read (server-sent events),
 * each told once the read models have applied it. A stream ends after {@link #STREAM_TIMEOUT}; EventSource
 * reconnects by itself, with {@code Last-Event-ID}, and hears what it missed.
 */
@RestController
public class LiveController {

    static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

    private final LiveFeed feed;

    public LiveController(LiveFeed feed) {
        this.feed = feed;
    }

    @GetMapping(value = "/api/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @ApiResponse(responseCode = "200", description = "Server-sent events, one per stored event of a visit the caller "
            + "may read, once the read models have applied it: id (the event's position in the store), event 'visit', "
            + "data {visitId, version, type, recordedAt}",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE, schema = @Schema(type = "string")))
    public SseEmitter events(@RequestHeader(value = "Last-Event-ID", required = false) Long lastEventId) {
        return feed.subscribe(CallerScope.providerUrn(), lastEventId, STREAM_TIMEOUT);
    }
}
