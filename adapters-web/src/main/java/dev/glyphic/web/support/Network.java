package dev.glyphic.web.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** An address block in CIDR notation ({@code 10.0.0.0/8}, {@code ::1/128}), or one address (all its bits). */
public record Network(byte[] prefix, int bits) {
    private static final Pattern IPV4 = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");

    public static Network parse(String cidr) {
        String text = cidr.strip();
        int slash = text.indexOf('/');
        InetAddress address = literal(slash < 0 ? text : text.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException("not an IP address block: '" + cidr + "'"));
        int max = address.getAddress().length * 8;
        int bits;
        try {
            bits = slash < 0 ? max : Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an IP address block: '" + cidr + "'");
        }
        if (bits < 0 || bits > max) {
            throw new IllegalArgumentException("prefix length out of range in '" + cidr + "'");
        }
        return new Network(address.getAddress(), bits);
    }

    /**
     * An IP literal, never a host name: a name would be looked up in DNS, which a client could make slow or point
     * anywhere.
     */
    public static Optional<InetAddress> literal(String text) {
        String candidate = text.strip();
        if (!IPV4.matcher(candidate).matches() && !candidate.contains(":")) {
            return Optional.empty();
        }
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        try {
            return Optional.of(InetAddress.getByName(candidate));
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty();
        }
    }

    public boolean contains(InetAddress address) {
        byte[] other = address.getAddress();
        if (other.length != prefix.length) {
            return false;
        }
        for (int i = 0; i < bits; i++) {
            int mask = 0x80 >>> (i % 8);
            if ((prefix[i / 8] & mask) != (other[i / 8] & mask)) {
                return false;
            }
        }
        return true;
    }
}
