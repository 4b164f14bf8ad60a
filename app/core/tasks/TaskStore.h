#pragma once

#include "tasks/ExportTask.h"

#include <QObject>
#include <QVector>
#include <functional>

class QTimer;

// Saves the tasks of one account profile as versioned JSON
// (<dir>/<profile>.json, {"format":"reportdesk-tasks","version":1,"tasks":[…]})
// with QSaveFile, coalescing bursts of changes. Download URLs and secrets are
// never written. A corrupt file is moved aside; a file written by a newer
// version is left untouched and the store turns read-only for that profile.
class TaskStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskStore)

public:
    static constexpr int FormatVersion = 1;

    enum class LoadStatus
    {
        Loaded, // tasks read (possibly none)
        NoFile, // first use of this profile
        Corrupt, // unreadable or not ours: moved aside, starting empty
        NewerVersion, // read-only: tasks read as far as understood
    };
    Q_ENUM(LoadStatus)

    struct LoadResult
    {
        LoadStatus status = LoadStatus::NoFile;
        QVector<ExportTask> tasks;
        int fileVersion = 0;
        QString movedAsidePath; // Corrupt: where the old file went (empty if it could not be moved)
        QString detail; // technical reason (parse error...), not translated

        bool isProblem() const { return status == LoadStatus::Corrupt || status == LoadStatus::NewerVersion; }
        // A sentence for the UI, translated when called; empty when all is well.
        QString message() const;
    };

    using TaskProvider = std::function<QVector<ExportTask>()>;

    explicit TaskStore(QObject *parent = nullptr);
    ~TaskStore() override;

    // <AppDataLocation>/tasks
    static QString defaultDirectory();
    void setDirectory(const QString &directory);
    QString directory() const { return m_directory; }
    // How long changes are gathered before one write (default 300 ms).
    void setSaveDelay(int milliseconds);
    // How long a minor change may wait (default 30 s): see markDirtyLazily().
    void setLazySaveDelay(int milliseconds);
    // Milliseconds until the pending write, -1 when none is pending.
    int pendingSaveIn() const;

    // Where the tasks to save come from at write time (usually the model's tasks()).
    void setTaskProvider(TaskProvider provider);

    // Flushes the current profile, then reads the given one.
    LoadResult open(const QString &profileId);
    // Flushes and forgets the current profile.
    void close();
    QString profileId() const { return m_profileId; }
    QString filePath() const;
    bool isReadOnly() const { return m_readOnly; }
    static QString fileNameFor(const QString &profileId);

    bool isDirty() const { return m_dirty; }
    // Writes now if something changed (at shutdown, before a profile switch).
    bool flush();

    static QByteArray serialize(const QVector<ExportTask> &tasks);
    static LoadResult parse(const QByteArray &json);
    static LoadResult parse(const char *data, qint64 size);
    // QSaveFile write: the old file stays intact unless everything was written.
    static bool writeFile(const QString &path, const QVector<ExportTask> &tasks, QString *error,
                          const std::function<void()> &beforeCommit = {});

    // Tests: runs between writing the data and committing it.
    void setBeforeCommitHook(std::function<void()> hook);

public Q_SLOTS:
    // Something changed: a write follows shortly.
    void markDirty();
    // A minor change (e.g. only "last checked" times): written within the lazy
    // delay, with the next markDirty(), or at flush(), whichever comes first.
    // Keeps a 100k-task file from being rewritten after every poll.
    void markDirtyLazily();

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &path, const QString &error);

private:
    bool save();
    QString moveAside(const QString &path) const;

    QString m_directory;
    QString m_profileId;
    bool m_open = false;
    bool m_readOnly = false;
    bool m_dirty = false;
    TaskProvider m_provider;
    QTimer *m_saveTimer;
    int m_saveDelayMs = 300;
    int m_lazySaveDelayMs = 30000;
    std::function<void()> m_beforeCommit;
};
