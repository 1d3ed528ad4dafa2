package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 12: the window fits the screen it opens on. */
class WindowFitTest {

  private static StartupState remembered(double width, double height, boolean maximized) {
    return new StartupState("pl", width, height, maximized, Screen.BOARD, "");
  }

  @Test
  void aTillOrLaptopScreenUpTo1366By768GetsAMaximisedWindow() {
    // given the first start's default size
    StartupState first = remembered(1280, 800, false);

    // when it opens on a 1024x768 till and a 1366x768 laptop (task bar taken off)
    WindowFit till = WindowFit.of(first, 1024, 728);
    WindowFit laptop = WindowFit.of(first, 1366, 728);

    // then both are maximised, and the minimum size fits the screen
    assertThat(till.maximized()).isTrue();
    assertThat(laptop.maximized()).isTrue();
    assertThat(till.width()).isLessThanOrEqualTo(1024);
    assertThat(till.height()).isLessThanOrEqualTo(728);
    assertThat(till.minHeight()).isLessThanOrEqualTo(728);
  }

  @Test
  void aSmallScreenIsFilledEvenWhereNoWindowManagerMaximises() {
    // given the first start's default size, smaller than a 1366x768 laptop
    StartupState first = remembered(1280, 800, false);

    // when it opens on the laptop (task bar taken off)
    WindowFit laptop = WindowFit.of(first, 1366, 728);

    // then its normal size is the whole screen too, so a till without a window manager is filled
    assertThat(laptop.width()).isEqualTo(1366);
    assertThat(laptop.height()).isEqualTo(728);
  }

  @Test
  void aLargeScreenGetsTheRememberedSizeNeverLargerThanTheScreen() {
    // given a remembered normal window, and one larger than the screen
    WindowFit normal = WindowFit.of(remembered(1300, 900, false), 1920, 1040);
    WindowFit tooBig = WindowFit.of(remembered(2500, 1400, false), 1920, 1040);

    // then the first keeps its size, the second is cut to the screen
    assertThat(normal).isEqualTo(new WindowFit(1300, 900, false, 900, 600));
    assertThat(tooBig.width()).isEqualTo(1920);
    assertThat(tooBig.height()).isEqualTo(1040);
    assertThat(tooBig.maximized()).isFalse();
  }

  @Test
  void aWindowLeftMaximisedOpensMaximised() {
    assertThat(WindowFit.of(remembered(1300, 900, true), 1920, 1040).maximized()).isTrue();
  }
}
