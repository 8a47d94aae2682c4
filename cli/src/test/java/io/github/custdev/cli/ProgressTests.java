package io.github.custdev.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTests {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void aTerminalGetsABarRedrawnInPlace() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong();
        Progress progress = new Progress(new PrintWriter(text), true, 1000, 0, clock::get, 10 * SECOND);
        clock.set(SECOND / 20);
        progress.update(10); // too soon after the start: not shown
        clock.set(2 * SECOND);
        progress.update(250);
        clock.set(4 * SECOND);
        progress.update(1000);
        progress.finish();
        assertEquals(
                "\r[########----------------------]  25.0%  250/1000 runs  125 runs/s  6s left "
                        + "\r[##############################] 100.0%  1000/1000 runs  250 runs/s  0s left "
                        + "\r[##############################] 100.0%  1000/1000 runs  250 runs/s  0s left \n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void elsewherePlainLinesComeEveryInterval() {
        StringWriter text = new StringWriter();
        AtomicLong clock = new AtomicLong(100 * SECOND);
        // 300 runs done before a resume: they count as done, not in the rate.
        Progress progress = new Progress(new PrintWriter(text), false, 1300, 300, clock::get, 10 * SECOND);
        clock.addAndGet(9 * SECOND);
        progress.update(340);
        clock.addAndGet(SECOND);
        progress.update(350);
        clock.addAndGet(5 * SECOND);
        progress.update(360);
        progress.finish();
        assertEquals(
                "progress: 350/1300 runs (26.9%), 5.0 runs/s, 3m 10s left\n"
                        + "progress: 360/1300 runs (27.7%), 4.0 runs/s, 3m 55s left\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void withNothingDoneYetTheTimeLeftIsUnknown() {
        StringWriter text = new StringWriter();
        Progress progress = new Progress(new PrintWriter(text), false, 0, 0, () -> 0L, SECOND);
        progress.finish();
        assertEquals(
                "progress: 0/0 runs (100.0%), 0.0 runs/s, ? left\n",
                text.toString().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void durationsAreWrittenInHoursMinutesAndSeconds() {
        assertEquals("0s", Progress.duration(0));
        assertEquals("1s", Progress.duration(0.2));
        assertEquals("59s", Progress.duration(59));
        assertEquals("1m 00s", Progress.duration(60));
        assertEquals("59m 59s", Progress.duration(3599));
        assertEquals("1h 00m 00s", Progress.duration(3600));
        assertEquals("27h 46m 40s", Progress.duration(100_000));
    }
}
