package dev.glyphic.application.port.in;

import dev.glyphic.application.auth.Caller;
import dev.glyphic.application.shared.Page;
import dev.glyphic.application.shared.PageRequest;
import dev.glyphic.domain.org.ApiKey;
import dev.glyphic.domain.org.OrgId;

public interface ListApiKeys {

    Page<ApiKey> list(Caller caller, OrgId orgId, PageRequest page);
}
