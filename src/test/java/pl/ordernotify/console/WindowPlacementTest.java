package pl.ordernotify.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowPlacementTest {

  @Test
  void remembersTheLastNormalSizeAndIgnoresTheMaximizedOne() {
    // given a normal window the user made a little bigger
    WindowPlacement p = new WindowPlacement(1280, 800);
    p.resized(1300, 820, false, false);

    // when it is maximized, and later minimized
    p.resized(1920, 1050, true, false);
    p.resized(0, 0, false, true);

    // then the size to come back to is the normal one
    assertThat(p.width()).isEqualTo(1300);
    assertThat(p.height()).isEqualTo(820);
  }

  @Test
  void startsFromTheSavedSizeWhenTheWindowOpensMaximized() {
    WindowPlacement p = new WindowPlacement(1100, 700);

    p.resized(1920, 1050, true, false);

    assertThat(p.width()).isEqualTo(1100);
    assertThat(p.height()).isEqualTo(700);
  }

  @Test
  void theNormalSizeAndMaximizedAreSavedSeparately() {
    try (Fixture f = new Fixture()) {
      StartupState.saveWindow(f.settings(), 1300, 820, true);

      StartupState state = StartupState.load(f.settings());

      assertThat(state.width()).isEqualTo(1300);
      assertThat(state.height()).isEqualTo(820);
      assertThat(state.maximized()).isTrue();
    }
  }
}
