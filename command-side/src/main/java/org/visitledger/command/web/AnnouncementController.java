package org.visitledger.command.web;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.command.web.Requests.AnnounceVisitBody;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** POST /api/visits: the announcement call creates the visit. */
@RestController
@RequestMapping("/api/visits")
public class AnnouncementController {

    private final CommandSender sender;

    public AnnouncementController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> announce(@Valid @RequestBody AnnounceVisitBody body) {
        String visitId = UUID.randomUUID().toString();
        long version = sender.create(new AnnounceVisit(visitId, body.visitType(), body.provider().toProvider(),
                body.leadInspector(), orEmpty(body.teamInspectors()), orEmpty(body.placingAuthorities()),
                body.plannedLengthDays(), body.followsVisitId(), body.occurredAt()), visitId);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(visitId).toUri();
        return CommandResponses.created(visitId, version, location, null, null);
    }

    private static List<String> orEmpty(List<String> values) {
        return Objects.requireNonNullElse(values, List.of());
    }
}
