package dev.glyphic.domain.audit;

/**
 * Everything the audit trail records, each with the name it is stored under and shown as ({@code action} in the
 * API). The names are part of every organization's history and of the API: a constant may be added, but its name is
 * never changed nor reused for something else.
 */
public enum AuditAction {
    AUTH_SIGNED_IN("auth.signed_in"),
    AUTH_SIGN_IN_FAILED("auth.sign_in_failed"),
    ORG_CREATED("org.created"),
    ORG_UPDATED("org.updated"),
    WORKSPACE_CREATED("workspace.created"),
    WORKSPACE_UPDATED("workspace.updated"),
    WORKSPACE_DELETED("workspace.deleted"),
    MEMBER_INVITED("member.invited"),
    MEMBER_JOINED("member.joined"),
    MEMBER_ROLE_CHANGED("member.role_changed"),
    MEMBER_REMOVED("member.removed"),
    INVITATION_REVOKED("invitation.revoked"),
    API_KEY_CREATED("api_key.created"),
    API_KEY_REVOKED("api_key.revoked"),
    WORKFLOW_CREATED("workflow.created"),
    WORKFLOW_DELETED("workflow.deleted"),
    WORKFLOW_RESTORED("workflow.restored"),
    TEMPLATE_CREATED("template.created"),
    TEMPLATE_PUBLISHED("template.published"),
    TEMPLATE_DELETED("template.deleted"),
    WEBHOOK_SECRET_ROTATED("webhook.secret_rotated"),
    WEBHOOK_UPDATED("webhook.updated"),
    SCHEDULE_PAUSED("schedule.paused"),
    SCHEDULE_RESUMED("schedule.resumed"),
    WEBHOOK_ENDPOINT_CREATED("webhook_endpoint.created"),
    WEBHOOK_ENDPOINT_UPDATED("webhook_endpoint.updated"),
    WEBHOOK_ENDPOINT_SECRET_ROTATED("webhook_endpoint.secret_rotated"),
    WEBHOOK_ENDPOINT_DELETED("webhook_endpoint.deleted"),
    WEBHOOK_DELIVERY_REDELIVERED("webhook_delivery.redelivered");

    private final String wireName;

    AuditAction(String wireName) {
        this.wireName = wireName;
    }

    /** {@code <resource>.<what happened>}, lower case with underscores: {@code member.role_changed}. */
    public String wireName() {
        return wireName;
    }
}
