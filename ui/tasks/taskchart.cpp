#include "taskchart.h"

#include "models/displaytext.h"
#include "models/modelroles.h"
#include "models/tasklistmodel.h"
#include "store/synctask.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLegendMarker>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

TaskChart::TaskChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(this))
    , m_timer(new QTimer(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumSize(280, 160);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &TaskChart::rebuild);
    rebuild();
}

void TaskChart::setModel(QAbstractItemModel *model)
{
    m_model = model;
    const auto later = [this]() {
        m_timer->start();
    };
    connect(model, &QAbstractItemModel::modelReset, this, later);
    connect(model, &QAbstractItemModel::rowsInserted, this, later);
    connect(model, &QAbstractItemModel::rowsRemoved, this, later);
    // Only a change of status matters (a run ended); progress ticks change other columns.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, later](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (topLeft.column() <= TaskListModel::Status
                    && bottomRight.column() >= TaskListModel::Failed)
                    later();
            });
    m_timer->start();
}

void TaskChart::rebuild()
{
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignRight);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);
    chart->setTitle(tr("Last runs"));
    QFont titleFont = font();
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);

    struct Run
    {
        QString label;
        qint64 created, updated, deleted, failed, ms;
    };
    QList<Run> runs;
    auto *tasks = qobject_cast<TaskListModel *>(m_model);
    if (tasks) {
        for (int row = 0; row < tasks->rowCount() && runs.size() < MaxRuns; ++row) {
            const SyncTask &task = tasks->task(row);
            if (!TaskStatusText::isFinished(task.status))
                continue;
            const QDateTime when =
                (task.startedAt.isValid() ? task.startedAt : task.createdAt).toLocalTime();
            runs.prepend({when.toString(QStringLiteral("MM-dd HH:mm")),
                          DisplayText::countOf(task.counts, QStringLiteral("created")),
                          DisplayText::countOf(task.counts, QStringLiteral("updated")),
                          DisplayText::countOf(task.counts, QStringLiteral("deleted")),
                          DisplayText::countOf(task.counts, QStringLiteral("failed")),
                          qMax<qint64>(0, task.costMs)});
        }
    }
    m_runs = int(runs.size());
    auto *bars = new QStackedBarSeries;
    struct SetSpec
    {
        QString name;
        QColor color;
        qint64 Run::*field;
    };
    const QList<SetSpec> specs = {{tr("Created"), QColor(0x52, 0xa8, 0x2e), &Run::created},
                                  {tr("Updated"), QColor(0x2f, 0x7f, 0xe0), &Run::updated},
                                  {tr("Deleted"), QColor(0x8a, 0x63, 0xd2), &Run::deleted},
                                  {tr("Failed"), QColor(0xd9, 0x3a, 0x32), &Run::failed}};
    qint64 maxCount = 0;
    for (const Run &run : std::as_const(runs))
        maxCount = qMax(maxCount, run.created + run.updated + run.deleted + run.failed);
    for (const SetSpec &spec : specs) {
        auto *set = new QBarSet(spec.name);
        set->setColor(spec.color);
        set->setBorderColor(spec.color);
        for (const Run &run : std::as_const(runs))
            *set << double(run.*spec.field);
        bars->append(set);
    }
    bars->setBarWidth(0.6);
    chart->addSeries(bars);

    auto *duration = new QLineSeries;
    duration->setName(tr("Duration (s)"));
    QPen pen(QColor(0xe0, 0x8a, 0x00));
    pen.setWidthF(2);
    duration->setPen(pen);
    duration->setPointsVisible(true);
    qint64 maxMs = 0;
    for (int i = 0; i < runs.size(); ++i) {
        duration->append(i, double(runs.at(i).ms) / 1000.0);
        maxMs = qMax(maxMs, runs.at(i).ms);
    }
    chart->addSeries(duration);

    auto *categories = new QBarCategoryAxis;
    QStringList labels;
    for (const Run &run : std::as_const(runs)) {
        // Categories must be unique: runs in the same minute get a counter.
        QString label = run.label;
        for (int n = 2; labels.contains(label); ++n)
            label = QStringLiteral("%1 (%2)").arg(run.label).arg(n);
        labels << label;
    }
    if (labels.isEmpty())
        labels << QString();
    categories->append(labels);
    categories->setLabelsFont(small);
    chart->addAxis(categories, Qt::AlignBottom);
    bars->attachAxis(categories);
    duration->attachAxis(categories);

    auto *records = new QValueAxis;
    records->setRange(0, qMax<qint64>(10, maxCount) * 1.1);
    records->setLabelFormat(QStringLiteral("%.0f"));
    records->setLabelsFont(small);
    records->setTitleText(tr("Records"));
    records->setTitleFont(small);
    records->applyNiceNumbers();
    chart->addAxis(records, Qt::AlignLeft);
    bars->attachAxis(records);

    auto *seconds = new QValueAxis;
    seconds->setRange(0, qMax(1.0, double(maxMs) / 1000.0 * 1.2));
    seconds->setLabelFormat(QStringLiteral("%.1f"));
    seconds->setLabelsFont(small);
    seconds->setTitleText(tr("Seconds"));
    seconds->setTitleFont(small);
    seconds->setGridLineVisible(false);
    chart->addAxis(seconds, Qt::AlignRight);
    duration->attachAxis(seconds);

    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}
