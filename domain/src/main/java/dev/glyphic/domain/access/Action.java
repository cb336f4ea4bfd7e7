package dev.glyphic.domain.access;

/** Everything a member may be allowed to do in an organization; {@link PermissionMatrix} says who may. */
public enum Action {
    /** Read the org, its members, workspaces, workflows, executions, logs, campaigns and content. */
    READ,
    /** Create and edit workflows, templates, campaigns and content; run, cancel and retry executions. */
    EDIT_CONTENT,
    /** Approve or reject an approval step. */
    APPROVE,
    /** Publish templates for every organization to see. */
    PUBLISH_TEMPLATES,
    /** Delete and restore workflows and campaigns. */
    DELETE_CONTENT,
    /** Manage webhooks, schedules, integrations and their credentials. */
    MANAGE_AUTOMATION,
    /** Create, rename and delete workspaces. */
    MANAGE_WORKSPACES,
    /** Change the organization's name, slug and settings. */
    MANAGE_ORG_SETTINGS,
    /** Create, list and revoke API keys. */
    MANAGE_API_KEYS,
    /** Read the audit log. */
    READ_AUDIT_LOG,
    /** Invite and remove members; set roles up to admin. */
    MANAGE_MEMBERS,
    /** Grant or revoke the owner role, or change or remove an owner. */
    MANAGE_OWNERS,
    /** Delete the organization. */
    DELETE_ORG,
    /** Rotate the organization's encryption keys. */
    ROTATE_KEYS,
    /** Export or erase the organization's data. */
    EXPORT_OR_ERASE_DATA
}
