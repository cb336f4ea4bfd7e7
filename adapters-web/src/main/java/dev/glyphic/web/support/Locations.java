package dev.glyphic.web.support;

import dev.glyphic.domain.execution.ExecutionId;
import dev.glyphic.domain.org.ApiKeyId;
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

    /** An API key's own path; only revoking it is served there (keys are read through the list). */
    public static String apiKey(OrgId org, ApiKeyId key) {
        return org(org) + "/api-keys/" + key;
    }

    /**
     * The organization's invitations: the API serves no single invitation (its path only withdraws it), so a new
     * invitation is found where it can be read, in the list.
     */
    public static String invitations(OrgId org) {
        return org(org) + "/invitations";
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
