#pragma once

#include <QWidget>

// A page of the main window. The window's Refresh and Find shortcuts go to the current page.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // The store is open (or reopened): load.
    virtual void storeOpened() { }
    virtual void refresh() { }
    // Puts the cursor in the page's search or filter field.
    virtual void focusSearch() { }
};
