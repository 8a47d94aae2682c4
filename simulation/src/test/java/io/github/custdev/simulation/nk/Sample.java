package io.github.custdev.simulation.nk;

import java.util.function.IntToDoubleFunction;

/** A sample of independent values with its mean and the standard error of the mean (sample sd / sqrt(n)). */
record Sample(double mean, double standardError) {

    static Sample of(int size, IntToDoubleFunction value) {
        double[] values = new double[size];
        double sum = 0;
        for (int i = 0; i < size; i++) {
            values[i] = value.applyAsDouble(i);
            sum += values[i];
        }
        double mean = sum / size;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new Sample(mean, Math.sqrt(squares / (size - 1) / size));
    }

    /** The standard error of the difference of two independent means. */
    double standardErrorOfDifference(Sample other) {
        return Math.hypot(standardError, other.standardError);
    }
}
