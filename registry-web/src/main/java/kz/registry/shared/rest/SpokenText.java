package kz.registry.shared.rest;

import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import java.util.List;

/**
 * A text the registry writes in an answer to explain a figure: the basis it is on, a rate's
 * provenance, why it has no second currency, why a line of a file was refused. A view marks such a
 * field with {@code @JsonbTypeSerializer(SpokenText.class)}; it is then written in the language of
 * the request being answered ({@link AnswerLanguage}), where {@link Words} holds it. Names and
 * descriptions people typed are data, never marked.
 */
public final class SpokenText implements JsonbSerializer<String> {

    @Override
    public void serialize(String text, JsonGenerator generator, SerializationContext context) {
        generator.write(Words.translate(text, AnswerLanguage.current()));
    }

    /** Several such texts, in order (the reasons a month cannot be signed off yet). */
    public static final class Each implements JsonbSerializer<List<String>> {

        @Override
        public void serialize(List<String> texts, JsonGenerator generator, SerializationContext context) {
            String language = AnswerLanguage.current();
            generator.writeStartArray();
            texts.forEach(text -> generator.write(Words.translate(text, language)));
            generator.writeEnd();
        }
    }
}
