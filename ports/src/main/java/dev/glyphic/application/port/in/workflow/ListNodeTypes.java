package dev.glyphic.application.port.in.workflow;

import dev.glyphic.domain.workflow.NodeType;
import java.util.Collection;

/** The node catalogue, for editors to render palettes and forms. The same for every tenant. */
public interface ListNodeTypes {

    Collection<NodeType> all();
}
