package org.visitledger.command.web;

import org.visitledger.lifecycle.CommandRoutes;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.visitledger.command.visit.AnnounceVisit;
import org.visitledger.command.visit.CommandOutcome;
import org.visitledger.command.visit.CommissionMonitoringVisit;
import org.visitledger.command.visit.InvalidCommandException;
import org.visitledger.events.VisitType;
import org.visitledger.command.web.Requests.AnnounceVisitBody;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** POST /api/visits: the announcement call creates the visit. */
@RestController
@RequestMapping(CommandRoutes.ANNOUNCE)
public class AnnouncementController {

    private final CommandSender sender;

    public AnnouncementController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public ResponseEntity<Map<String, Object>> announce(@Valid @RequestBody AnnounceVisitBody body) {
        String visitId = UUID.randomUUID().toString();
        if (body.visitType() == VisitType.MONITORING) {
            return commissionMonitoringVisit(visitId, body);
        }
        if (body.visitType() == VisitType.SECTION8_NFD) {
            throw new InvalidCommandException("visitType",
                    "a SECTION8_NFD visit is created only by converting an interim visit (POST .../conversion)");
        }
        if (body.provider() == null) {
            throw new InvalidCommandException("provider", "must not be null");
        }
        long version = sender.create(new AnnounceVisit(visitId, body.visitType(), body.provider().toProvider(),
                body.leadInspector(), orEmpty(body.teamInspectors()), orEmpty(body.placingAuthorities()),
                body.plannedLengthDays(), body.lengthAgreedBy(), body.followsVisitId(), null, body.occurredAt(),
                body.fieldworkStartsOn(), body.noNoticeReason(), body.noNoticeDetails()), visitId);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(visitId).toUri();
        return CommandResponses.created(visitId, version, location, null, null);
    }

    /**
     * A MONITORING visit is announced on the visit whose case review decided it, which records it and meets its
     * MONITORING_VISIT deadline; the monitoring-visit process then creates the new visit under {@code visitId}
     * for the same provider. Hence 202: the new visit exists moments later, at the Location given.
     */
    private ResponseEntity<Map<String, Object>> commissionMonitoringVisit(String visitId, AnnounceVisitBody body) {
        if (body.followsVisitId() == null) {
            throw new InvalidCommandException("followsVisitId",
                    "a MONITORING visit names the visit whose case review decided it");
        }
        if (body.lengthAgreedBy() != null) {
            throw new InvalidCommandException("lengthAgreedBy", "a MONITORING visit's length needs no agreement");
        }
        if (body.fieldworkStartsOn() != null || body.noNoticeReason() != null || body.noNoticeDetails() != null) {
            throw new InvalidCommandException(body.fieldworkStartsOn() != null ? "fieldworkStartsOn"
                    : body.noNoticeReason() != null ? "noNoticeReason" : "noNoticeDetails",
                    "only an LA_SAFEGUARDING_LAC inspection gives notice of its fieldwork");
        }
        if (body.provider() != null || body.placingAuthorities() != null) {
            throw new InvalidCommandException(body.provider() != null ? "provider" : "placingAuthorities",
                    "a MONITORING visit takes the provider and placing authorities of the visit it follows");
        }
        CommandOutcome followed = sender.send(new CommissionMonitoringVisit(body.followsVisitId(), null, visitId,
                body.leadInspector(), orEmpty(body.teamInspectors()), body.plannedLengthDays(), body.occurredAt()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}").buildAndExpand(visitId).toUri();
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("visitId", visitId);
        answer.put("followsVisitId", body.followsVisitId());
        answer.put("followedVisitVersion", followed.version());
        return ResponseEntity.accepted().location(location).body(answer);
    }

    private static List<String> orEmpty(List<String> values) {
        return Objects.requireNonNullElse(values, List.of());
    }
}
