package io.github.custdev.internal;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value computed on first read and kept: the light alternative to Vavr's {@code Lazy}, which allocates a lock with
 * every instance. Two threads that read it at once may both compute the value; the supplier must therefore be a pure
 * function, and each thread gets an equal value. The value is published through a volatile field, so a thread that
 * sees it sees it whole. Thread-safe.
 *
 * @param <T> the value's type
 */
public final class Memo<T> {
    private final Supplier<? extends T> supplier;
    private volatile @Nullable T value;

    private Memo(Supplier<? extends T> supplier) {
        this.supplier = supplier;
    }

    /**
     * A value to compute on first read.
     *
     * @param supplier the pure function that computes it; it must not return {@code null}
     * @param <T> the value's type
     * @return the memo
     */
    public static <T> Memo<T> of(Supplier<? extends T> supplier) {
        return new Memo<>(supplier);
    }

    /**
     * The value, computed now if it has not been.
     *
     * @return the value
     */
    public T get() {
        T known = value;
        if (known == null) {
            known = supplier.get();
            value = known;
        }
        return known;
    }

    /**
     * Whether the value has been computed.
     *
     * @return {@code true} once computed
     */
    public boolean isComputed() {
        return value != null;
    }
}
