/**
 * A sweep file of the custdev command line run as an Apache Spark job ({@link io.github.custdev.spark.SparkSweep}):
 * the runs spread over partitions, each seeded from the master seed and its indices exactly as in a local run, the
 * records written as Parquet with per-point summaries computed by Spark.
 *
 * <pre>{@code
 * spark-submit --class io.github.custdev.spark.SparkSweep spark/target/custdev-spark.jar \
 *     examples/sweeps/levinthal.yaml --out hdfs:///sweeps/levinthal
 * }</pre>
 *
 * <p>Nothing in this package accepts or returns null.
 */
@NullMarked
package io.github.custdev.spark;

import org.jspecify.annotations.NullMarked;
