// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace starling {

/**
 * What the main window shows while there is no account (UI.md, onboarding): what Starling does,
 * and the two ways to begin: add an account, or try the demo on a sandbox network.
 */
class OnboardingView final : public QWidget
{
    Q_OBJECT

public:
    explicit OnboardingView(QWidget *parent = nullptr);

Q_SIGNALS:
    void addAccountRequested();
    void demoRequested();
};

} // namespace starling
