#pragma once

#include <QWizardPage>

namespace idesk::ui {

// A wizard page whose Next button waits until its owner says the page is
// done (a file read, columns chosen, rows checked).
class GatedWizardPage : public QWizardPage
{
    Q_OBJECT
public:
    using QWizardPage::QWizardPage;
    void setReady(bool ready)
    {
        if (ready == m_ready)
            return;
        m_ready = ready;
        emit completeChanged();
    }
    bool isComplete() const override { return m_ready && QWizardPage::isComplete(); }

private:
    bool m_ready = false;
};

} // namespace idesk::ui
