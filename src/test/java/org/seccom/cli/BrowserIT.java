package org.seccom.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as a reader sees it: the packaged jar writes it, headless Chromium renders it.
 *
 * <p>Chromium is found through {@code SECCOM_CHROMIUM} (a path, or a name on the PATH), else {@code chromium} on
 * the PATH, else {@code /usr/bin/chromium}. Without one these tests are skipped, unless {@code
 * SECCOM_REQUIRE_BROWSER=1} (as in CI), which makes a missing browser a failure.
 */
class BrowserIT {
    private static final Path JAR = Path.of("target/seccom.jar");
    private static final Path DIR = Path.of("target/browser").toAbsolutePath();
    private static final int WIDTH = 1200;
    private static final int HEIGHT = 3200;
    private static final long TIMEOUT_SECONDS = 60;
    /** The SVG elements that put ink on the page. */
    private static final String DRAWN = "path, rect, line, polyline, polygon, text, circle, ellipse";
    private static final String SCRIPT = "<script>document.title='pwned'</script>";
    private static final String NO_CHROMIUM = "no Chromium found (SECCOM_CHROMIUM, chromium on the PATH, /usr/bin/chromium); "
            + "install it (Debian: apt-get install chromium) or point SECCOM_CHROMIUM at a Chromium or Chrome binary";

    private static Path chromium;
    private static Path cstoReport;
    private static Run cstoDom;
    private static Run cstoScreenshot;
    private static Path screenshot;

    record Run(int code, String out, String err) {
        /** Messages the page wrote to the browser console (console.log, uncaught errors, CSP violations). */
        List<String> consoleLines() {
            return err.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }
    }

    @BeforeAll
    static void renderTheCstoReportInChromium() throws Exception {
        chromium = findChromium().orElse(null);
        if (chromium == null) {
            if ("1".equals(System.getenv("SECCOM_REQUIRE_BROWSER"))) {
                fail("SECCOM_REQUIRE_BROWSER=1 but " + NO_CHROMIUM);
            }
            return; // each test is then skipped, so that the reports count them as skipped
        }
        Files.createDirectories(DIR);
        cstoReport = DIR.resolve("csto-report.html");
        Files.deleteIfExists(cstoReport);
        seccom("csto", "assess", Path.of("scenarios/csto-2017.yaml").toAbsolutePath().toString(),
                "--format", "html", "-o", cstoReport.toString());

        cstoDom = chromium("csto-dom", "--dump-dom", cstoReport.toUri().toString());
        screenshot = DIR.resolve("csto-report.png");
        Files.deleteIfExists(screenshot);
        cstoScreenshot = chromium("csto-screenshot", "--screenshot=" + screenshot, cstoReport.toUri().toString());
    }

    @BeforeEach
    void needsChromium() {
        Assumptions.assumeTrue(chromium != null,
                () -> "browser test skipped: " + NO_CHROMIUM + " (SECCOM_REQUIRE_BROWSER=1 makes this a failure)");
    }

    @Test
    void theCstoReportRendersInABrowserWithItsChartsAndVerdict() {
        Document dom = Jsoup.parse(cstoDom.out(), cstoReport.toUri().toString());

        assertThat(text(dom, "phase")).isEqualTo("nascent");
        assertThat(text(dom, "deutsch")).isEqualTo("partly met");
        assertThat(text(dom, "summary")).contains("nascent");

        for (String id : List.of("figure-tiers", "figure-points", "figure-network")) {
            Element figure = dom.getElementById(id);
            assertThat(figure).as("#%s in the rendered DOM", id).isNotNull();
            Element svg = figure.selectFirst("svg");
            assertThat(svg).as("an <svg> in #%s", id).isNotNull();
            assertThat(number(svg.attr("width"))).as("#%s svg width", id).isPositive();
            assertThat(number(svg.attr("height"))).as("#%s svg height", id).isPositive();
            long drawn = svg.select(DRAWN).stream().filter(BrowserIT::isDrawn).count();
            assertThat(drawn).as("shapes and labels drawn in #%s", id).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void theCstoReportHasNoScriptsAndLogsNothingToTheConsole() throws Exception {
        // The console check must be able to fail: a page that logs does show up in Chromium's stderr.
        Path canary = DIR.resolve("console-canary.html");
        Files.writeString(canary, "<!DOCTYPE html><title>canary</title><p>canary</p>"
                + "<script>console.error('canary-error')</script>", StandardCharsets.UTF_8);
        assertThat(chromium("console-canary", "--dump-dom", canary.toUri().toString()).consoleLines())
                .as("Chromium reports console messages on stderr with --enable-logging=stderr")
                .anySatisfy(l -> assertThat(l).contains("canary-error"));

        assertThat(cstoDom.consoleLines()).as("console messages while loading the report (--dump-dom)").isEmpty();
        assertThat(cstoScreenshot.consoleLines()).as("console messages while loading the report (--screenshot)").isEmpty();

        Document dom = Jsoup.parse(cstoDom.out());
        assertThat(dom.select("script")).as("<script> elements").isEmpty();
        assertThat(dom.getAllElements().stream()
                        .flatMap(e -> e.attributes().asList().stream())
                        .filter(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")
                                || a.getValue().trim().toLowerCase(Locale.ROOT).startsWith("javascript:"))
                        .map(a -> a.getKey() + "=" + a.getValue()))
                .as("event handlers and javascript: URLs")
                .isEmpty();
    }

    @Test
    void theCstoReportScreenshotIsNotBlank() throws Exception {
        assertThat(screenshot).as("the screenshot Chromium wrote").exists();
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertThat(image).as("a PNG that javax.imageio can read").isNotNull();
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);

        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                int darkest = Math.min(rgb >> 16 & 0xFF, Math.min(rgb >> 8 & 0xFF, rgb & 0xFF));
                if (darkest < 240) { // the page's #fafafa margins count as white
                    inked++;
                }
            }
        }
        double share = 100.0 * inked / ((long) image.getWidth() * image.getHeight());
        assertThat(colours.size()).as("distinct colours in the screenshot").isGreaterThan(50);
        assertThat(share).as("percentage of non-white pixels in the screenshot").isGreaterThan(3.0);
    }

    @Test
    void theCstoReportPrintsToPdf() throws Exception {
        Path pdf = DIR.resolve("csto-report.pdf");
        Files.deleteIfExists(pdf);
        Run run = chromium("csto-pdf", "--no-pdf-header-footer", "--print-to-pdf=" + pdf, cstoReport.toUri().toString());
        assertThat(run.consoleLines()).isEmpty();
        assertThat(pdf).as("the PDF Chromium printed").exists();
        byte[] bytes = Files.readAllBytes(pdf);
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(bytes.length).as("a PDF with the charts in it, not an empty page").isGreaterThan(20_000);
    }

    @Test
    void aScriptInAScenarioDescriptionShowsAsTextAndDoesNotRun() throws Exception {
        Path scenario = DIR.resolve("xss.yaml");
        Files.writeString(scenario, withDescription(Files.readString(Path.of("scenarios/csto-2017.yaml"), StandardCharsets.UTF_8),
                "A note with " + SCRIPT + " in it, & more."), StandardCharsets.UTF_8);
        Path report = DIR.resolve("xss.html");
        Files.deleteIfExists(report);
        seccom("xss", "assess", scenario.toString(), "--format", "html", "-o", report.toString());

        String raw = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(raw.toLowerCase(Locale.ROOT)).as("the HTML file").doesNotContain("<script");
        assertThat(raw).contains("&lt;script&gt;");
        String title = Jsoup.parse(raw).title();
        assertThat(title).isNotBlank().doesNotContain("pwned");

        Run run = chromium("xss-dom", "--dump-dom", report.toUri().toString());
        Document dom = Jsoup.parse(run.out());
        assertThat(dom.body().text()).as("the rendered page's text").contains(SCRIPT);
        assertThat(dom.title()).as("the document title after loading").isEqualTo(title);
        assertThat(dom.select("script")).as("<script> elements in the rendered DOM").isEmpty();
        assertThat(run.consoleLines()).as("console messages").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------

    /** The scenario with its top-level {@code description:} (a one-line value or a block scalar) replaced. */
    private static String withDescription(String yaml, String description) {
        String quoted = "\"" + description.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        boolean inDescription = false;
        for (String line : yaml.split("\n", -1)) {
            if (inDescription && (line.isBlank() || line.startsWith(" ") || line.startsWith("\t"))) {
                continue; // a continuation line of the old value
            }
            inDescription = false;
            if (line.startsWith("description:")) {
                assertThat(replaced).as("one top-level description: in the scenario").isFalse();
                out.add("description: " + quoted);
                replaced = true;
                inDescription = true;
            } else {
                out.add(line);
            }
        }
        assertThat(replaced).as("the scenario has a top-level description:").isTrue();
        return String.join("\n", out) + "\n";
    }

    private static String text(Document dom, String id) {
        Element e = dom.getElementById(id);
        assertThat(e).as("#%s in the rendered DOM", id).isNotNull();
        return e.text().trim();
    }

    private static double number(String attribute) {
        try {
            return Double.parseDouble(attribute.replaceAll("(px|pt)$", "").trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Shapes inside clip paths, masks and definitions are not drawn by themselves. */
    private static boolean isDrawn(Element e) {
        return e.parents().stream().map(p -> p.normalName().toLowerCase(Locale.ROOT))
                .noneMatch(n -> n.equals("defs") || n.equals("clippath") || n.equals("mask") || n.equals("pattern"));
    }

    private static Optional<Path> findChromium() {
        String configured = System.getenv("SECCOM_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            Optional<Path> found = configured.contains(File.separator) ? executable(Path.of(configured)) : onPath(configured);
            if (found.isEmpty()) {
                fail("SECCOM_CHROMIUM=" + configured + " is not an executable file (nor a program on the PATH)");
            }
            return found;
        }
        return onPath("chromium").or(() -> executable(Path.of("/usr/bin/chromium")));
    }

    private static Optional<Path> onPath(String name) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(File.pathSeparator)).filter(d -> !d.isEmpty())
                .map(d -> Path.of(d, name)).flatMap(p -> executable(p).stream()).findFirst();
    }

    private static Optional<Path> executable(Path p) {
        return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }

    /** Headless Chromium on one page; stdout and stderr go to target/browser/NAME.stdout and .stderr. */
    private static Run chromium(String name, String... args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("seccom-chromium");
        try {
            List<String> command = new ArrayList<>(List.of(chromium.toString(),
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                    "--window-size=" + WIDTH + "," + HEIGHT, "--enable-logging=stderr", "--v=0",
                    "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + profile));
            command.addAll(List.of(args));
            Run r = run(name, command);
            assertThat(r.code()).as("exit code of %s; stderr:%n%s", String.join(" ", command), r.err()).isZero();
            return r;
        } finally {
            deleteQuietly(profile);
        }
    }

    /** The packaged jar, as users run it (see PackagedJarIT); it must succeed. */
    private static void seccom(String name, String... args) throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar (mvn package builds it before the integration tests)").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Run r = run("seccom-" + name, command);
        assertThat(r.code()).as("exit code of seccom %s; stderr:%n%s", String.join(" ", args), r.err()).isZero();
    }

    private static Run run(String name, List<String> command) throws IOException, InterruptedException {
        Path out = DIR.resolve(name + ".stdout");
        Path err = DIR.resolve(name + ".stderr");
        // Files, not pipes: neither stream can fill up and block the process.
        Process p = new ProcessBuilder(command).directory(DIR.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            p.waitFor(10, TimeUnit.SECONDS);
            fail("%s did not finish in %d s: %s%nstderr:%n%s", name, TIMEOUT_SECONDS, String.join(" ", command),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a left-over temporary profile is harmless
        }
    }
}
