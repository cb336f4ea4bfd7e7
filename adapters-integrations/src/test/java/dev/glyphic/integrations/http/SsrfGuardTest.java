package dev.glyphic.integrations.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SsrfGuardTest {
    private final SsrfGuard guard = new SsrfGuard(SsrfSettings.NONE);

    @ParameterizedTest(name = "{0} allowed: {1}")
    @CsvSource({
            "127.0.0.1, false", "127.255.0.9, false", "::1, false", "0.0.0.0, false", "::, false",
            "10.1.2.3, false", "172.16.0.1, false", "172.31.255.255, false", "192.168.1.1, false",
            "fc00::1, false", "fd12:3456::1, false", "169.254.169.254, false", "169.254.0.1, false",
            "fe80::1, false", "100.64.0.1, false", "100.127.255.255, false", "224.0.0.1, false",
            "ff02::1, false", "255.255.255.255, false", "240.0.0.1, false", "198.18.0.1, false",
            "::ffff:127.0.0.1, false", "::ffff:169.254.169.254, false", "::ffff:10.0.0.1, false",
            "::127.0.0.1, false", "64:ff9b::a9fe:a9fe, false", "2002:7f00:1::1, false", "2002:c0a8:101::1, false",
            "fec0::1, false",
            "8.8.8.8, true", "1.1.1.1, true", "172.32.0.1, true", "172.15.255.255, true", "100.128.0.1, true",
            "169.253.255.255, true", "2606:4700:4700::1111, true", "::ffff:8.8.8.8, true", "64:ff9b::808:808, true",
            "2002:808:808::1, true", "93.184.216.34, true"
    })
    void judges_addresses_without_an_allow_list(String literal, boolean allowed) throws UnknownHostException {
        assertEquals(allowed, guard.addressProblem("example.test", address(literal)).isEmpty(), literal);
    }

    @Test
    void an_allowed_host_name_opens_whatever_it_resolves_to() throws UnknownHostException {
        SsrfGuard open = new SsrfGuard(SsrfSettings.of(Set.of("Internal.Example.test"), List.of()));

        assertTrue(open.addressProblem("internal.example.test", address("10.0.0.5")).isEmpty());
        assertTrue(open.addressProblem("INTERNAL.example.test.", address("127.0.0.1")).isEmpty());
        assertTrue(open.addressProblem("other.example.test", address("10.0.0.5")).isPresent());
    }

    @Test
    void an_allowed_network_opens_only_addresses_inside_it() throws UnknownHostException {
        SsrfGuard open = new SsrfGuard(SsrfSettings.of(Set.of(), List.of("10.20.0.0/16", "fd00:1::/32")));

        assertTrue(open.addressProblem("a.test", address("10.20.3.4")).isEmpty());
        assertTrue(open.addressProblem("a.test", address("fd00:1:2::3")).isEmpty());
        assertTrue(open.addressProblem("a.test", address("10.21.0.1")).isPresent());
        assertTrue(open.addressProblem("a.test", address("169.254.169.254")).isPresent());
    }

    @Test
    void a_refusal_names_the_host_and_the_address() throws UnknownHostException {
        String problem = guard.addressProblem("metadata.test", address("169.254.169.254")).orElseThrow();

        assertTrue(problem.contains("metadata.test") && problem.contains("169.254.169.254"), problem);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/file", "file:///etc/passwd", "gopher://example.com",
            "http://user:secret@example.com/", "https://user@example.com/", "/relative/path", "http:///nohost"})
    void refuses_urls_that_are_not_plain_http(String url) {
        assertTrue(guard.urlProblem(URI.create(url)).isPresent(), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "https://example.com:8443/a?b=c", "HTTPS://Example.com/x"})
    void accepts_absolute_http_urls(String url) {
        assertTrue(guard.urlProblem(URI.create(url)).isEmpty(), url);
    }

    @Test
    void cidr_parsing_refuses_nonsense() {
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("example.com/8"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> Cidr.parse("10.0.0.0/x"));
    }

    /** Keeps an IPv4-mapped literal as IPv6: InetAddress would quietly turn it into the IPv4 address. */
    private static InetAddress address(String literal) throws UnknownHostException {
        InetAddress parsed = InetAddress.getByName(literal);
        if (literal.contains(":") && parsed instanceof Inet4Address v4) {
            byte[] mapped = new byte[16];
            mapped[10] = (byte) 0xff;
            mapped[11] = (byte) 0xff;
            System.arraycopy(v4.getAddress(), 0, mapped, 12, 4);
            Inet6Address v6 = Inet6Address.getByAddress(null, mapped, -1);
            assertEquals(16, v6.getAddress().length);
            return v6;
        }
        return parsed;
    }
}
