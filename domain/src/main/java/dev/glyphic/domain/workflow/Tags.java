package dev.glyphic.domain.workflow;

import dev.glyphic.domain.shared.Violation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Labels for finding workflows: lower-case, short, at most 20, duplicates folded. */
public record Tags(List<String> values) {
    public static final int MAX_TAGS = 20;
    private static final Pattern TAG = Pattern.compile("^[a-z0-9][a-z0-9._-]{0,49}$");

    public Tags {
        values = List.copyOf(values);
    }

    public static Tags of(List<String> raw) {
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        for (String tag : raw) {
            String normalized = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (!TAG.matcher(normalized).matches()) {
                throw Violation.invalid("invalid_tag", "tags are 1-50 letters, digits, '.', '_' or '-'; '" + tag
                        + "' is not");
            }
            tags.add(normalized);
        }
        if (tags.size() > MAX_TAGS) {
            throw Violation.invalid("too_many_tags", "at most " + MAX_TAGS + " tags");
        }
        return new Tags(List.copyOf(tags));
    }

    public static Tags none() {
        return new Tags(List.of());
    }
}
