package dev.glyphic.web.support;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.outbound.DeliveryId;
import dev.glyphic.domain.outbound.EndpointId;
import dev.glyphic.domain.schedule.ScheduleId;
import dev.glyphic.domain.webhook.WebhookId;
import dev.glyphic.domain.execution.NodeRunId;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.shared.DomainException;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.domain.workflow.WorkflowId;
import io.micronaut.core.convert.MutableConversionService;
import io.micronaut.core.convert.TypeConverterRegistrar;
import jakarta.inject.Singleton;
import java.util.function.Function;

/**
 * Typed ids in paths, so that controllers declare {@code @PathVariable OrgId orgId}. An id that is not even a UUID
 * names nothing, so it is a 404 like any other unknown id: the converter throws the core's {@code NotFound}, which
 * Micronaut lets through argument binding to {@code DomainExceptionHandler}. Binding runs after the security filter,
 * so an anonymous request still meets 401 first. Each id type names one kind of thing in a path (a {@code UserId}
 * in a path is always a member, a {@code NodeRunId} an approval).
 */
@Singleton
public final class PathIdConverters implements TypeConverterRegistrar {

    @Override
    public void register(MutableConversionService conversions) {
        add(conversions, OrgId.class, OrgId::parse, "organization");
        add(conversions, WorkspaceId.class, WorkspaceId::parse, "workspace");
        add(conversions, UserId.class, UserId::parse, "member");
        add(conversions, ApiKeyId.class, ApiKeyId::parse, "API key");
        add(conversions, InvitationId.class, InvitationId::parse, "invitation");
        add(conversions, WorkflowId.class, WorkflowId::parse, "workflow");
        add(conversions, ExecutionId.class, ExecutionId::parse, "execution");
        add(conversions, NodeRunId.class, NodeRunId::parse, "approval");
        add(conversions, TemplateId.class, TemplateId::parse, "template");
        add(conversions, WebhookId.class, WebhookId::parse, "webhook");
        add(conversions, ScheduleId.class, ScheduleId::parse, "schedule");
        add(conversions, EndpointId.class, EndpointId::parse, "webhook endpoint");
        add(conversions, DeliveryId.class, DeliveryId::parse, "delivery");
    }

    private static <T> void add(MutableConversionService conversions, Class<T> type, Function<String, T> parser,
                                String what) {
        conversions.addConverter(String.class, type, raw -> {
            try {
                return parser.apply(raw);
            } catch (DomainException.Invalid e) {
                throw new DomainException.NotFound(what);
            }
        });
    }
}
