package io.github.custdev.jackson.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads the tree of one document from a parser, refusing a key repeated in an object whatever the mapper's settings.
 *
 * <p>Jackson's own tree reading keeps the last of two equal keys unless the user turned on
 * {@code STRICT_DUPLICATE_DETECTION} (on the parser) or {@code FAIL_ON_READING_DUP_TREE_KEY} (on the mapper); a
 * format that is read strictly cannot depend on either. This reader builds the tree from the parser's tokens itself
 * and checks every key while it reads, so a document with {@code {"type":"X","type":"Y"}} never becomes a tree at
 * all. Numbers are read as the reader uses them: whole numbers as {@code int}, {@code long} or {@code BigInteger}
 * nodes by their size, other numbers as {@code double} nodes, whatever {@code USE_BIG_DECIMAL_FOR_FLOATS} says.
 * Depth is bounded by the parser's own nesting limit ({@code StreamReadConstraints}).
 */
public final class Trees {
    private Trees() {}

    /**
     * The tree of the value at the parser's current token (the first token of the value, or the first field name of
     * an object whose start was read), leaving the parser at the value's last token.
     *
     * @param parser the parser
     * @param nodes the factory of the nodes
     * @return the tree
     * @throws DocumentException naming the JSON Pointer of a repeated key
     * @throws IOException if the parser fails
     */
    public static JsonNode read(JsonParser parser, JsonNodeFactory nodes) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) {
            token = parser.nextToken();
            if (token == null) {
                return nodes.missingNode();
            }
        }
        if (token == JsonToken.FIELD_NAME) {
            return fields(parser, nodes, nodes.objectNode());
        }
        return value(parser, nodes, token);
    }

    private static JsonNode value(JsonParser parser, JsonNodeFactory nodes, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                parser.nextToken();
                return fields(parser, nodes, nodes.objectNode());
            case START_ARRAY: {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, nodes, next));
                }
                return array;
            }
            case VALUE_STRING:
                return nodes.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                switch (parser.getNumberType()) {
                    case INT:
                        return nodes.numberNode(parser.getIntValue());
                    case LONG:
                        return nodes.numberNode(parser.getLongValue());
                    default:
                        return nodes.numberNode(parser.getBigIntegerValue());
                }
            case VALUE_NUMBER_FLOAT:
                return nodes.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return nodes.booleanNode(true);
            case VALUE_FALSE:
                return nodes.booleanNode(false);
            case VALUE_NULL:
                return nodes.nullNode();
            default:
                // an embedded object (a parser over Java values): a node the reader refuses by its kind
                return nodes.pojoNode(parser.getEmbeddedObject());
        }
    }

    /** The fields of an object from the current token, a field name or the end of the object. */
    private static ObjectNode fields(JsonParser parser, JsonNodeFactory nodes, ObjectNode object) throws IOException {
        for (JsonToken token = parser.currentToken(); token != JsonToken.END_OBJECT; token = next(parser, object)) {
            String name = parser.currentName();
            if (object.has(name)) {
                throw repeated(parser);
            }
            object.set(name, value(parser, nodes, parser.nextToken()));
        }
        return object;
    }

    /**
     * The token after an object's field; a parser that detects duplicates itself ({@code STRICT_DUPLICATE_DETECTION})
     * refuses the repeated key here, and gets the same message as one that does not.
     */
    private static JsonToken next(JsonParser parser, ObjectNode object) throws IOException {
        try {
            return parser.nextToken();
        } catch (JsonParseException e) {
            // Jackson's own refusal (JsonReadContext), told apart from a syntax error after the last field by its text
            String name = parser.getParsingContext().getCurrentName();
            if (name != null && object.has(name) && ("Duplicate field '" + name + "'").equals(e.getOriginalMessage())) {
                throw repeated(parser);
            }
            throw e;
        }
    }

    private static DocumentException repeated(JsonParser parser) {
        return Reader.fail(
                parser.getParsingContext().pathAsPointer().toString(),
                "is a repeated key (a key appears once in an object)",
                null);
    }
}
