package dev.glyphic.web.support;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.ApiKeyId;
import dev.glyphic.domain.org.InvitationId;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.WorkspaceId;
import dev.glyphic.domain.workflow.TemplateId;
import dev.glyphic.domain.workflow.WorkflowId;

/**
 * Where the API serves what a request created: the paths {@link Created} puts in {@code Location}, kept beside one
 * another so that they follow the controllers' routes in one place.
 */
public final class Locations {
    private static final String BASE = "/api/v1";

    private Locations() {
    }

    public static String me() {
        return BASE + "/me";
    }

    public static String org(OrgId org) {
        return BASE + "/orgs/" + org;
    }

    public static String workspace(OrgId org, WorkspaceId workspace) {
        return org(org) + "/workspaces/" + workspace;
    }

    public static String apiKey(OrgId org, ApiKeyId key) {
        return org(org) + "/api-keys/" + key;
    }

    public static String invitation(OrgId org, InvitationId invitation) {
        return org(org) + "/invitations/" + invitation;
    }

    public static String template(OrgId org, TemplateId template) {
        return org(org) + "/templates/" + template;
    }

    public static String workflow(OrgId org, WorkspaceId workspace, WorkflowId workflow) {
        return workspace(org, workspace) + "/workflows/" + workflow;
    }

    public static String execution(OrgId org, WorkspaceId workspace, ExecutionId execution) {
        return workspace(org, workspace) + "/executions/" + execution;
    }
}
