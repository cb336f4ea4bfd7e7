package dev.glyphic.web.support;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.domain.workflow.WorkflowId;
import java.util.function.Function;

/** Ids in paths: one that is not even a UUID names nothing, so it is a 404 like any other unknown id. */
public final class PathIds {
    private PathIds() {
    }

    public static OrgId org(String raw) {
        return parse(raw, OrgId::parse, "organization");
    }

    public static WorkspaceId workspace(String raw) {
        return parse(raw, WorkspaceId::parse, "workspace");
    }

    public static UserId member(String raw) {
        return parse(raw, UserId::parse, "member");
    }

    public static ApiKeyId apiKey(String raw) {
        return parse(raw, ApiKeyId::parse, "API key");
    }

    public static InvitationId invitation(String raw) {
        return parse(raw, InvitationId::parse, "invitation");
    }

    public static WorkflowId workflow(String raw) {
        return parse(raw, WorkflowId::parse, "workflow");
    }

    public static ExecutionId execution(String raw) {
        return parse(raw, ExecutionId::parse, "execution");
    }

    public static NodeRunId approval(String raw) {
        return parse(raw, NodeRunId::parse, "approval");
    }

    public static TemplateId template(String raw) {
        return parse(raw, TemplateId::parse, "template");
    }

    /** A version number in a path: anything but a positive integer names no version. */
    public static int version(String raw) {
        try {
            int version = Integer.parseInt(raw);
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw new DomainException.NotFound("workflow version");
    }

    private static <T> T parse(String raw, Function<String, T> parser, String what) {
        try {
            return parser.apply(raw);
        } catch (DomainException.Invalid e) {
            throw new DomainException.NotFound(what);
        }
    }
}
