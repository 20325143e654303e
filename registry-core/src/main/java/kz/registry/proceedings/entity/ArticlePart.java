package kz.registry.proceedings.entity;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import kz.registry.shared.InvalidInputException;

/**
 * A Criminal Code article, and the part of it when one is named: {@code 128} or {@code 128-3}
 * (article 128, part 3).
 */
public record ArticlePart(int article, Integer part) {

    public ArticlePart {
        if (article < 1 || article > 500 || part != null && (part < 1 || part > 20)) {
            throw new InvalidInputException("articles", "an article is 1-500, a part 1-20, as 128 or 128-3");
        }
    }

    public static ArticlePart parse(String text) {
        String[] pieces = text.strip().split("-", -1);
        try {
            return new ArticlePart(Integer.parseInt(pieces[0].strip()),
                    pieces.length > 1 ? Integer.valueOf(pieces[1].strip()) : null);
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new InvalidInputException("articles", "'" + text + "' is not an article as 128 or 128-3");
        }
    }

    public static List<ArticlePart> parseAll(String stored) {
        return Arrays.stream(stored.split(",")).map(ArticlePart::parse).toList();
    }

    public static String format(List<ArticlePart> articles) {
        if (articles == null || articles.isEmpty()) {
            throw new InvalidInputException("articles", "a proceeding names at least one article");
        }
        return articles.stream().distinct().map(ArticlePart::toString).collect(Collectors.joining(","));
    }

    @Override
    public String toString() {
        return part == null ? Integer.toString(article) : article + "-" + part;
    }
}
