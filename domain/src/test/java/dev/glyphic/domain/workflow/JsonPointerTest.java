package dev.glyphic.domain.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.glyphic.domain.json.JsonPointer;
import org.junit.jupiter.api.Test;

/** The pointers every violation carries (RFC 6901), as the workflow rules build them. */
class JsonPointerTest {

    @Test
    void theRootIsTheEmptyPointer() {
        assertEquals("", JsonPointer.ROOT.value());
        assertEquals("", JsonPointer.ROOT.toString());
    }

    @Test
    void keysAndIndexesAreAppendedStepByStep() {
        assertEquals("/nodes/3/data/fields/url", JsonPointer.ROOT.at("nodes").at(3).at("data").at("fields").at("url")
                .value());
    }

    @Test
    void tildeAndSlashInAKeyAreEscapedTildeFirst() {
        assertEquals("/a~1b", JsonPointer.ROOT.at("a/b").value());
        assertEquals("/m~0n", JsonPointer.ROOT.at("m~n").value());
        assertEquals("/~01", JsonPointer.ROOT.at("~1").value());
        assertEquals("/~0~1~1~0", JsonPointer.ROOT.at("~//~").value());
    }

    @Test
    void anEmptyKeyIsAStepOfItsOwn() {
        assertEquals("/fields/", JsonPointer.ROOT.at("fields").at("").value());
    }
}
