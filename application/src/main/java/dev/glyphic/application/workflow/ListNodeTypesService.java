package dev.glyphic.application.workflow;

import dev.glyphic.application.port.in.workflow.ListNodeTypes;
import dev.glyphic.domain.workflow.NodeCatalogue;
import dev.glyphic.domain.workflow.NodeType;
import java.util.Collection;

public final class ListNodeTypesService implements ListNodeTypes {
    private final NodeCatalogue catalogue;

    public ListNodeTypesService(NodeCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public Collection<NodeType> all() {
        return catalogue.all();
    }
}
