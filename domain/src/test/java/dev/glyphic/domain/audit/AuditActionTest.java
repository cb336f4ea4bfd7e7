package dev.glyphic.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class AuditActionTest {
    private static final Pattern WIRE_NAME = Pattern.compile("[a-z]+(_[a-z]+)*\\.[a-z]+(_[a-z]+)*");

    @Test
    void everyNameIsAResourceAndWhatHappenedToIt() {
        for (AuditAction action : AuditAction.values()) {
            assertTrue(WIRE_NAME.matcher(action.wireName()).matches(), action.wireName());
        }
    }

    @Test
    void noTwoActionsShareAName() {
        Set<String> names = new HashSet<>();
        for (AuditAction action : AuditAction.values()) {
            assertTrue(names.add(action.wireName()), "twice: " + action.wireName());
        }
    }

    /** So that reading a constant tells the name it is recorded under, and the other way round. */
    @Test
    void eachConstantIsSpelledAsItsName() {
        for (AuditAction action : AuditAction.values()) {
            assertEquals(action.wireName().replace('.', '_').toUpperCase(Locale.ROOT), action.name());
        }
    }

    /** The names are stored in every organization's trail and shown by the API: one may be added, none changed. */
    @Test
    void theRecordedNamesStayAsTheyWere() {
        Set<String> names = Arrays.stream(AuditAction.values()).map(AuditAction::wireName).collect(Collectors.toSet());
        List<String> gone = Stream.of("auth.signed_in", "auth.sign_in_failed", "org.created", "org.updated",
                        "workspace.created", "workspace.updated", "workspace.deleted", "member.invited",
                        "member.joined", "member.role_changed", "member.removed", "invitation.revoked",
                        "api_key.created", "api_key.revoked", "workflow.created", "workflow.deleted",
                        "workflow.restored", "template.created", "template.published", "template.deleted")
                .filter(name -> !names.contains(name)).toList();
        assertEquals(List.of(), gone);
    }
}
