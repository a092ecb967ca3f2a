package backoffice.client.model;

/** Reads a wire value into one of our enums where Jackson is not involved (query parameters, form fields). */
public final class WireEnums {

    private WireEnums() {
    }

    /** The constant named {@code raw}, or {@code unknown} for null and for any value we do not know. */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, E unknown) {
        if (raw != null) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equals(raw)) {
                    return e;
                }
            }
        }
        return unknown;
    }
}
