#pragma once

class AppContext;
class MainWindow;

// The real main window over a fresh AppContext, for the GUI tests: settings and
// saved task lists are wiped first, and the demo's exports finish in well under
// a second. Owns both; the window is deleted before the context.
class DemoWindowFixture
{
public:
    // samples: the demo's first start exports its samples, as the app does.
    explicit DemoWindowFixture(bool samples = false);
    ~DemoWindowFixture();
    DemoWindowFixture(const DemoWindowFixture &) = delete;
    DemoWindowFixture &operator=(const DemoWindowFixture &) = delete;

    // Shows the window; false if it never got exposed.
    bool open();

    AppContext *context() const { return m_context; }
    MainWindow *window() const { return m_window; }

private:
    AppContext *m_context = nullptr;
    MainWindow *m_window = nullptr;
};
