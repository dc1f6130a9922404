package tw.huixiao.policy.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PolicyDescriptorTest {

    private static PolicyDescriptor read(String text) throws IOException {
        return PolicyDescriptor.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsAValidDescriptor() throws IOException {
        PolicyDescriptor d = read("id=kinmen\nversion=1.2.0\nspi=[1.0,2.0)\n");
        assertEquals("kinmen", d.id());
        assertEquals(ModuleVersion.parse("1.2"), d.version());
        assertTrue(d.spi().contains(ModuleVersion.parse("1.0")));
        assertFalse(d.spi().contains(ModuleVersion.parse("2.0")));
        assertEquals(0, d.precedence());
    }

    @Test
    void namesEveryProblemOfABadDescriptor() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> read("id=kinmen\nversoin=1.0\nspi=1.0\n"));
        assertTrue(e.getMessage().contains("unknown keys [versoin]"), e.getMessage());
        assertTrue(e.getMessage().contains("missing key 'version'"), e.getMessage());
        assertTrue(e.getMessage().contains("spi: expected a range"), e.getMessage());
    }

    @Test
    void rangesHonourInclusiveAndOpenBounds() {
        VersionRange closed = VersionRange.parse("[1.0,1.5]");
        assertTrue(closed.contains(ModuleVersion.parse("1.5")));
        VersionRange exclusiveLow = VersionRange.parse("(1.0,)");
        assertFalse(exclusiveLow.contains(ModuleVersion.parse("1.0")));
        assertTrue(exclusiveLow.contains(ModuleVersion.parse("9.0")));
    }
}
