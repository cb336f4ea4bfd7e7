package dev.glyphic.application.testing;

import dev.glyphic.application.outbound.ManageEndpointsService;
import dev.glyphic.application.outbound.OutboundDeliveries;
import dev.glyphic.application.outbound.OutboundLimits;
import dev.glyphic.application.outbound.ReadEndpointsService;
import dev.glyphic.application.outbound.SendDeliveriesService;
import dev.glyphic.application.port.in.outbound.ManageEndpoints;
import dev.glyphic.application.port.in.outbound.ReadEndpoints;
import dev.glyphic.application.port.in.outbound.SendDeliveries;
import dev.glyphic.application.port.out.outbound.Deliveries;
import dev.glyphic.application.port.out.outbound.WebhookEndpoints;
import dev.glyphic.application.event.DispatchEventsService;
import dev.glyphic.application.event.EventLimits;
import dev.glyphic.application.event.EventRegistrar;
import dev.glyphic.application.port.in.event.DispatchEvents;
import dev.glyphic.application.port.out.event.EventSubscriptions;
import dev.glyphic.application.port.out.event.PendingEvents;
import dev.glyphic.domain.event.EventFilter;
import dev.glyphic.application.port.in.schedule.FireDueSchedules;
import dev.glyphic.application.port.in.schedule.PauseSchedule;
import dev.glyphic.application.port.out.schedule.ScheduleSlots;
import dev.glyphic.application.port.out.schedule.Schedules;
import dev.glyphic.application.schedule.FireDueSchedulesService;
import dev.glyphic.application.schedule.PauseScheduleService;
import dev.glyphic.application.schedule.ScheduleLimits;
import dev.glyphic.application.schedule.ScheduleQueriesService;
import dev.glyphic.application.schedule.ScheduleRegistrar;
import dev.glyphic.application.port.in.webhook.ReceiveWebhook;
import dev.glyphic.application.port.in.webhook.RotateWebhookSecret;
import dev.glyphic.application.port.in.webhook.UpdateWebhook;
import dev.glyphic.application.port.out.webhook.WebhookReceipts;
import dev.glyphic.application.port.out.webhook.Webhooks;
import dev.glyphic.application.webhook.ReceiveWebhookService;
import dev.glyphic.application.webhook.RotateWebhookSecretService;
import dev.glyphic.application.webhook.UpdateWebhookService;
import dev.glyphic.application.webhook.WebhookLimits;
import dev.glyphic.application.webhook.WebhookRegistrar;
import java.time.Duration;
import dev.glyphic.application.port.in.trigger.ReconcileTriggers;
import dev.glyphic.application.port.out.event.EventOutbox;
import dev.glyphic.application.port.out.trigger.TriggerRegistrations;
import dev.glyphic.application.trigger.ReconcileTriggersService;
import dev.glyphic.application.trigger.TriggerRegistrar;
import dev.glyphic.application.trigger.TriggerRegistry;
import dev.glyphic.application.engine.ExecutionEnder;
import dev.glyphic.application.engine.ExecutionStarter;
import dev.glyphic.application.engine.ExecutionStore;
import dev.glyphic.application.engine.PinnedWorkflows;
import dev.glyphic.application.engine.QueueCap;
import dev.glyphic.application.engine.nodes.HttpRequestRunner;
import dev.glyphic.application.engine.nodes.NodeRunners;
import dev.glyphic.application.execution.RunWorkflowService;
import dev.glyphic.application.mail.Letters;
import dev.glyphic.application.mail.Postman;
import dev.glyphic.application.org.AcceptInvitationService;
import dev.glyphic.application.org.Auditor;
import dev.glyphic.application.org.ChangeMemberRoleService;
import dev.glyphic.application.org.CreateApiKeyService;
import dev.glyphic.application.org.CreateOrgService;
import dev.glyphic.application.org.CreateWorkspaceService;
import dev.glyphic.application.org.DeleteOrgService;
import dev.glyphic.application.org.InviteMemberService;
import dev.glyphic.application.org.OrgAccess;
import dev.glyphic.application.org.RemoveMemberService;
import dev.glyphic.application.org.RevokeInvitationService;
import dev.glyphic.application.org.ShowApiKeyService;
import dev.glyphic.application.org.ShowInvitationService;
import dev.glyphic.application.org.UpdateWorkspaceService;
import dev.glyphic.application.port.in.execution.RunWorkflow;
import dev.glyphic.application.port.in.org.AcceptInvitation;
import dev.glyphic.application.port.in.org.ChangeMemberRole;
import dev.glyphic.application.port.in.org.CreateApiKey;
import dev.glyphic.application.port.in.org.CreateOrg;
import dev.glyphic.application.port.in.org.CreateWorkspace;
import dev.glyphic.application.port.in.org.DeleteOrg;
import dev.glyphic.application.port.in.org.InviteMember;
import dev.glyphic.application.port.in.org.RemoveMember;
import dev.glyphic.application.port.in.org.RevokeInvitation;
import dev.glyphic.application.port.in.org.ShowApiKey;
import dev.glyphic.application.port.in.org.ShowInvitation;
import dev.glyphic.application.port.in.org.UpdateWorkspace;
import dev.glyphic.application.port.in.workflow.CreateWorkflow;
import dev.glyphic.application.port.in.workflow.ShowWorkflow;
import dev.glyphic.application.port.in.workflow.TrashWorkflow;
import dev.glyphic.application.port.in.workflow.UpdateWorkflow;
import dev.glyphic.application.port.out.auth.SecretTokens;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.execution.ExecutionLogs;
import dev.glyphic.application.port.out.execution.ExecutionOutputs;
import dev.glyphic.application.port.out.execution.Executions;
import dev.glyphic.application.port.out.execution.NodeRuns;
import dev.glyphic.application.port.out.org.ApiKeyRepository;
import dev.glyphic.application.port.out.org.AuditLog;
import dev.glyphic.application.port.out.org.InvitationRepository;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.org.WorkspaceRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.application.port.out.workflow.WorkflowRepository;
import dev.glyphic.application.workflow.CreateWorkflowService;
import dev.glyphic.application.workflow.ShowWorkflowService;
import dev.glyphic.application.workflow.TrashWorkflowService;
import dev.glyphic.application.workflow.UpdateWorkflowService;
import dev.glyphic.application.workflow.WorkflowRules;
import dev.glyphic.application.workflow.WorkspaceScope;
import dev.glyphic.domain.org.TenantCeilings;
import dev.glyphic.domain.workflow.DefinitionLimits;
import dev.glyphic.domain.workflow.DefinitionValidator;
import dev.glyphic.domain.workflow.NodeCatalogue;
import dev.glyphic.domain.workflow.SubworkflowCycles;
import dev.glyphic.integrations.expression.JsonataExpressionEvaluator;
import dev.glyphic.integrations.expression.JsonataExpressionSyntax;
import dev.glyphic.integrations.http.JdkHttpCalls;
import dev.glyphic.integrations.http.SsrfGuard;
import dev.glyphic.integrations.http.SsrfSettings;
import dev.glyphic.integrations.mail.OutboxDirectoryMailer;
import dev.glyphic.integrations.token.SecureRandomSecretTokens;
import dev.glyphic.integrations.unconfigured.UnconfiguredContentGeneration;
import dev.glyphic.integrations.unconfigured.UnconfiguredIntegrationActions;
import dev.glyphic.persistence.testing.PersistenceContext;
import java.nio.file.Path;
import java.util.List;

/**
 * The use cases as bootstrap's factories build them, by hand, on the real adapters: PostgreSQL with the production
 * migrations (through the persistence adapter's own test context, as the restricted app role), real secret tokens
 * (SecureRandom), mail written to {@code target/test-outbox}. No server, no HTTP: a rule is tested where it lives.
 *
 * <p>Each use case is built in exactly one method here, so that a changed constructor is a one-line fix. Each test
 * class takes its own instance, with its own {@link #clock}; the database is shared, so tests make fresh rows.
 */
public final class UseCases {
    /** Mail is written, synchronously, where a test can look for it and no one else will. */
    public static final Path OUTBOX = Path.of("target", "test-outbox");

    public final TestClock clock = new TestClock();

    // The out-ports, public for setting up and for looking at what a use case stored.
    public final Transactions transactions = PersistenceContext.bean(Transactions.class);
    public final UserRepository users = PersistenceContext.bean(UserRepository.class);
    public final MembershipRepository memberships = PersistenceContext.bean(MembershipRepository.class);
    public final WorkspaceRepository workspaces = PersistenceContext.bean(WorkspaceRepository.class);
    public final InvitationRepository invitations = PersistenceContext.bean(InvitationRepository.class);
    public final AuditLog auditLog = PersistenceContext.bean(AuditLog.class);
    public final WorkflowRepository workflows = PersistenceContext.bean(WorkflowRepository.class);
    public final Executions executions = PersistenceContext.bean(Executions.class);
    private final ExecutionLogs executionLogs = PersistenceContext.bean(ExecutionLogs.class);
    public final TriggerRegistrations triggerRegistrations = PersistenceContext.bean(TriggerRegistrations.class);
    public final EventOutbox eventOutbox = PersistenceContext.bean(EventOutbox.class);
    private final ExecutionStore executionStore = new ExecutionStore(executions, PersistenceContext.bean(NodeRuns.class),
            executionLogs, PersistenceContext.bean(ExecutionOutputs.class), eventOutbox);
    public final Webhooks webhooks = PersistenceContext.bean(Webhooks.class);
    public final WebhookReceipts webhookReceipts = PersistenceContext.bean(WebhookReceipts.class);
    public final Schedules schedules = PersistenceContext.bean(Schedules.class);
    public final EventSubscriptions eventSubscriptions = PersistenceContext.bean(EventSubscriptions.class);
    public final PendingEvents pendingEvents = PersistenceContext.bean(PendingEvents.class);
    public final WebhookEndpoints webhookEndpoints = PersistenceContext.bean(WebhookEndpoints.class);
    public final Deliveries deliveries = PersistenceContext.bean(Deliveries.class);
    public final ScheduleSlots scheduleSlots = PersistenceContext.bean(ScheduleSlots.class);

    private final OrganizationRepository organizations = PersistenceContext.bean(OrganizationRepository.class);
    private final ApiKeyRepository apiKeys = PersistenceContext.bean(ApiKeyRepository.class);
    private final SecretTokens secrets = new SecureRandomSecretTokens();
    private final OrgAccess access = new OrgAccess(memberships, apiKeys);
    private final Auditor auditor = new Auditor(auditLog, clock);
    private final WorkspaceScope scope = new WorkspaceScope(access, workspaces, workflows);
    private final Postman postman = new Postman(new OutboxDirectoryMailer(OUTBOX, "Glyphic <no-reply@localhost>",
            clock), Runnable::run, Postman.DeliveryRecord.NONE);
    private final Letters letters = new Letters("http://localhost:8080");
    private final TenantCeilings ceilings;

    /** With the operator's default ceilings. */
    public UseCases() {
        this(TenantCeilings.DEFAULT);
    }

    public UseCases(TenantCeilings ceilings) {
        this.ceilings = ceilings;
    }

    // Organizations.

    public CreateOrg createOrg() {
        return new CreateOrgService(transactions, organizations, memberships, auditor, clock);
    }

    public DeleteOrg deleteOrg() {
        return new DeleteOrgService(transactions, access, organizations);
    }

    public ChangeMemberRole changeMemberRole() {
        return new ChangeMemberRoleService(transactions, access, memberships, users, auditor);
    }

    public RemoveMember removeMember() {
        return new RemoveMemberService(transactions, access, memberships, auditor);
    }

    public InviteMember inviteMember() {
        return new InviteMemberService(transactions, access, invitations, secrets, auditor, organizations, letters,
                postman, clock);
    }

    public AcceptInvitation acceptInvitation() {
        return new AcceptInvitationService(transactions, invitations, memberships, users, secrets, auditor, clock);
    }

    public RevokeInvitation revokeInvitation() {
        return new RevokeInvitationService(transactions, access, invitations, auditor, clock);
    }

    public ShowInvitation showInvitation() {
        return new ShowInvitationService(transactions, access, invitations);
    }

    public CreateWorkspace createWorkspace() {
        return new CreateWorkspaceService(transactions, access, workspaces, auditor, clock);
    }

    public UpdateWorkspace updateWorkspace() {
        return new UpdateWorkspaceService(transactions, access, workspaces, auditor, clock);
    }

    public CreateApiKey createApiKey() {
        return new CreateApiKeyService(transactions, access, apiKeys, secrets, auditor, clock);
    }

    public ShowApiKey showApiKey() {
        return new ShowApiKeyService(transactions, access, apiKeys);
    }

    // Workflows.

    public CreateWorkflow createWorkflow() {
        return new CreateWorkflowService(transactions, scope, workflowRules(), workflows, auditor, triggerRegistry(),
                clock);
    }

    public UpdateWorkflow updateWorkflow() {
        return new UpdateWorkflowService(transactions, scope, workflowRules(), workflows, triggerRegistry(), clock);
    }

    public ShowWorkflow showWorkflow() {
        return new ShowWorkflowService(transactions, scope, workflows);
    }

    public TrashWorkflow trashWorkflow() {
        return new TrashWorkflowService(transactions, scope, workflows, auditor, triggerRegistry(), clock);
    }

    // Triggers.

    /** Every trigger kind's registrar, as the server has them. */
    private List<TriggerRegistrar> registrars() {
        return List.of(new WebhookRegistrar(webhooks), new ScheduleRegistrar(schedules),
                new EventRegistrar(eventSubscriptions));
    }

    public TriggerRegistry triggerRegistry() {
        return new TriggerRegistry(registrars(), triggerRegistrations, eventOutbox);
    }

    public ReconcileTriggers reconcileTriggers() {
        return new ReconcileTriggersService(transactions, triggerRegistrations, workflows, triggerRegistry(), clock);
    }

    private WorkflowRules workflowRules() {
        NodeCatalogue catalogue = NodeCatalogue.standard();
        return new WorkflowRules(new DefinitionValidator(catalogue, new DefinitionLimits(1_000, 2 * 1024 * 1024),
                new JsonataExpressionSyntax()), workflows, new SubworkflowCycles(catalogue));
    }

    // Executions: queued only, since no engine claims them here.

    public RunWorkflow runWorkflow() {
        return new RunWorkflowService(transactions, scope, executionStarter(), clock);
    }

    // Webhooks.

    public ReceiveWebhook receiveWebhook(WebhookLimits limits) {
        return new ReceiveWebhookService(transactions, webhooks, webhookReceipts, workflows, executionStarter(),
                executions, EngineSignalsOnce.get(), limits, clock);
    }

    public RotateWebhookSecret rotateWebhookSecret(Duration grace) {
        return new RotateWebhookSecretService(transactions, scope, webhooks, auditor, grace, clock);
    }

    public UpdateWebhook updateWebhook() {
        return new UpdateWebhookService(transactions, scope, webhooks, auditor, clock);
    }

    // Events.

    public DispatchEvents dispatchEvents(EventLimits limits) {
        return new DispatchEventsService(transactions, pendingEvents, eventSubscriptions, workflows,
                executionStarter(), new EventFilter(new JsonataExpressionEvaluator()),
                new OutboundDeliveries(webhookEndpoints, deliveries), limits, clock);
    }

    // Outbound webhooks.

    public ManageEndpoints manageEndpoints() {
        return new ManageEndpointsService(transactions, scope, webhookEndpoints, deliveries, auditor,
                Duration.ofHours(24), clock);
    }

    public ReadEndpoints readEndpoints() {
        return new ReadEndpointsService(transactions, scope, webhookEndpoints, deliveries);
    }

    /** A sender whose SSRF guard lets it reach this machine's test servers. */
    public SendDeliveries sendDeliveries(OutboundLimits limits) {
        return new SendDeliveriesService(transactions, deliveries, webhookEndpoints, new JdkHttpCalls(new SsrfGuard(
                SsrfSettings.of(java.util.Set.of("localhost", "127.0.0.1"), List.of()))), limits, clock);
    }

    // Schedules.

    public FireDueSchedules fireDueSchedules(ScheduleLimits limits) {
        return new FireDueSchedulesService(transactions, schedules, scheduleSlots, workflows, executionStarter(),
                limits, clock);
    }

    public PauseSchedule pauseSchedule() {
        return new PauseScheduleService(transactions, scope, schedules, auditor, clock);
    }

    public ScheduleQueriesService scheduleQueries() {
        return new ScheduleQueriesService(transactions, scope, schedules, scheduleSlots, 100, clock);
    }

    public ExecutionStarter executionStarter() {
        PinnedWorkflows pinned = new PinnedWorkflows(workflows, 100);
        NodeRunners runners = NodeRunners.standard(new JsonataExpressionEvaluator(),
                new JdkHttpCalls(new SsrfGuard(SsrfSettings.NONE)), HttpRequestRunner.DEFAULT_MAX_RESPONSE_BYTES,
                new UnconfiguredContentGeneration(), new UnconfiguredIntegrationActions());
        ExecutionEnder ender = new ExecutionEnder(executionStore, pinned, runners, EngineSignalsOnce.get());
        return new ExecutionStarter(executions, executionLogs, workflows, pinned, ender, EngineSignalsOnce.get(),
                new QueueCap(executions, ceilings.maxQueuedExecutions()), ceilings.maxSubworkflowDepth());
    }
}
