// SPDX-License-Identifier: GPL-3.0-or-later
#include "OnboardingView.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace starling {

OnboardingView::OnboardingView(QWidget *parent)
    : QWidget(parent)
{
    auto *column = new QWidget(this);
    column->setFixedWidth(540);
    auto *layout = new QVBoxLayout(column);
    layout->setSpacing(14);

    auto *logo = new QLabel(column);
    logo->setPixmap(QIcon(u":/icons/starling.svg"_s).pixmap(72, 72));
    logo->setMinimumHeight(72);
    logo->setAlignment(Qt::AlignHCenter);
    layout->addWidget(logo);

    auto *title = new QLabel(tr("Welcome to Starling"), column);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(title);

    auto *text =
        new QLabel(tr("One inbox for the direct messages and mentions of every account you run on X, "
                      "Mastodon and Bluesky. It works offline, searches everything as you type, and keeps your sign-in "
                      "in the system keychain only.\n\nAdd an account to begin, or look around first in the "
                      "demo: a sandbox network with made-up customers, in a profile that is thrown away "
                      "when you close it."),
                   column);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    layout->addWidget(text);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *add = new QPushButton(tr("Add an account…"), column);
    add->setDefault(true);
    add->setAutoDefault(true);
    auto *demo = new QPushButton(tr("Try the demo"), column);
    buttons->addWidget(add);
    buttons->addWidget(demo);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, &OnboardingView::addAccountRequested);
    connect(demo, &QPushButton::clicked, this, &OnboardingView::demoRequested);

    // Centred both ways; no alignment flag on the column, so its wrapped text gets its full height.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
    setFocusProxy(add);
}

} // namespace starling
