package dev.glyphic.application.port.in.execution;

import dev.glyphic.application.port.in.auth.Caller;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Approves or rejects a waiting approval step. The caller needs the approve permission and at least the step's
 * approver role; the person who started the run may not decide unless the step allows self-approval. A step that no
 * longer waits (decided, timed out, cancelled) is refused ({@code approval_closed}).
 */
public interface DecideApproval {
    int MAX_COMMENT = 2000;

    /** What the person decided: the step takes its approved or its rejected branch. */
    enum Verdict {
        APPROVED, REJECTED;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record Command(Verdict verdict, Optional<String> comment) {
        public Command {
            Objects.requireNonNull(verdict);
            Objects.requireNonNull(comment);
        }
    }

    record Decided(NodeRunId nodeRunId, Verdict verdict) {
    }

    Decided decide(Caller caller, OrgId orgId, WorkspaceId workspaceId, NodeRunId nodeRunId, Command command);
}
