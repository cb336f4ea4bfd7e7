package dev.glyphic.application.shared;

import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.org.OrgId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Work claimed across orgs (due schedules, undispatched events), done per org in one tenant transaction: a round's
 * share of one org is handed over and commits together, and when it fails, each item is handed over and done alone,
 * so one bad item harms no other. An
 * item that fails alone is logged and left claimed: it is tried again when its claim runs out, not in a tight loop.
 */
public final class ClaimedWork {
    private static final Logger LOG = Logger.getLogger(ClaimedWork.class.getName());

    private ClaimedWork() {
    }

    public static <C> void perOrg(Transactions transactions, List<C> claimed, Function<C, OrgId> orgOf,
                                  BiConsumer<OrgId, List<C>> work, String what) {
        Map<OrgId, List<C>> byOrg = new LinkedHashMap<>();
        claimed.forEach(claim -> byOrg.computeIfAbsent(orgOf.apply(claim), org -> new ArrayList<>()).add(claim));
        byOrg.forEach((orgId, claims) -> {
            try {
                transactions.inTenant(orgId, () -> {
                    work.accept(orgId, claims);
                    return null;
                });
            } catch (RuntimeException batchFailed) {
                for (C claim : claims) {
                    try {
                        transactions.inTenant(orgId, () -> {
                            work.accept(orgId, List.of(claim));
                            return null;
                        });
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "could not handle " + what + " " + claim + " of org " + orgId, e);
                    }
                }
            }
        });
    }
}
