package org.visitledger.command.erasure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.visitledger.command.visit.CommandOutcome;
import org.visitledger.command.visit.ErasePersonalData;
import org.visitledger.command.web.CommandSender;
import org.visitledger.erasure.PersonalFields;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/admin/erasure} (administrator): erases a visit's personal data by destroying its keys (rule
 * ERASURE-CRYPTO-SHREDDING). The erasure is itself recorded, as the visit's {@code PersonalDataErased} event with the
 * administrator as actor and the reason given.
 */
@RestController
public class ErasureController {

    public static final String PATH = "/api/admin/erasure";

    private final CommandSender sender;

    public ErasureController(CommandSender sender) {
        this.sender = sender;
    }

    @PostMapping(PATH)
    public Map<String, Object> erase(@Valid @RequestBody ErasureRequest request) {
        CommandOutcome outcome = sender.send(new ErasePersonalData(request.visitId(), request.reason()));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("visitId", request.visitId());
        answer.put("version", outcome.version());
        answer.put("erased", PersonalFields.all());
        answer.put("readsAs", PersonalFields.ERASED);
        return answer;
    }

    /** @param reason why (a request's reference, a retention rule): kept in the record, so no personal data */
    public record ErasureRequest(@NotBlank @Size(max = 200) String visitId,
                                 @NotBlank @Size(max = 1000) String reason) {
    }
}
