#include "accountsdialog.h"

#include "avatarbutton.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Reelkeeper {

namespace {

QPalette alertPalette(QPalette palette)
{
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    return palette;
}

QLabel *makeMessageLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setPalette(alertPalette(label->palette()));
    label->hide();
    return label;
}

QLineEdit *makePasswordField(QWidget *parent, const QString &objectName)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

// A QByteArray of a password that is wiped when it goes (QLineEdit's own copy is beyond reach).
class PasswordBytes final
{
public:
    explicit PasswordBytes(const QLineEdit *field) : m_bytes(field->text().toUtf8()) {}
    ~PasswordBytes() { m_bytes.fill('\0'); }
    PasswordBytes(const PasswordBytes &) = delete;
    PasswordBytes &operator=(const PasswordBytes &) = delete;
    const QByteArray &bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace

// ---- AccountForm ----------------------------------------------------------------------------

AccountForm::AccountForm(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
{
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setPlaceholderText(tr("optional"));
    m_message = makeMessageLabel(this, QStringLiteral("accountMessage"));

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Username:"), withProblem(m_username, QStringLiteral("username")));
    form->addRow(tr("&First name:"), withProblem(m_firstName, QStringLiteral("first_name")));
    form->addRow(tr("&Last name:"), withProblem(m_lastName, QStringLiteral("last_name")));
    form->addRow(tr("&Email:"), withProblem(m_email, QStringLiteral("email")));
    if (mode == Mode::NewAccount) {
        m_password = makePasswordField(this, QStringLiteral("password"));
        m_password->setPlaceholderText(tr("at least %n character(s)", nullptr, Accounts::MinimumPasswordLength));
        m_confirm = makePasswordField(this, QStringLiteral("confirmPassword"));
        form->addRow(tr("&Password:"), withProblem(m_password, QStringLiteral("password")));
        form->addRow(tr("&Repeat password:"), withProblem(m_confirm, QStringLiteral("confirm_password")));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_message);
}

QWidget *AccountForm::withProblem(QLineEdit *field, const QString &name)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    QLabel *problem = makeMessageLabel(box, name + QStringLiteral("Problem"));
    layout->addWidget(problem);
    m_problemLabels.insert(name, problem);
    m_problemFields.insert(name, field);
    return box;
}

void AccountForm::setUser(const UserRecord &user)
{
    m_user = user;
    m_username->setText(user.username);
    m_firstName->setText(user.firstName);
    m_lastName->setText(user.lastName);
    m_email->setText(user.email);
    clearPasswords();
    clearProblems();
}

UserRecord AccountForm::user() const
{
    UserRecord user = m_user;
    user.username = m_username->text().trimmed();
    user.firstName = m_firstName->text().trimmed();
    user.lastName = m_lastName->text().trimmed();
    user.email = m_email->text().trimmed();
    return user;
}

QByteArray AccountForm::password() const
{
    return m_password ? m_password->text().toUtf8() : QByteArray();
}

QString AccountForm::problem(const QString &field) const
{
    const QLabel *label = field.isEmpty() ? m_message : m_problemLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void AccountForm::clearProblems()
{
    for (QLabel *label : std::as_const(m_problemLabels)) {
        label->clear();
        label->hide();
    }
    m_message->clear();
    m_message->hide();
}

void AccountForm::clearPasswords()
{
    if (m_password)
        m_password->clear();
    if (m_confirm)
        m_confirm->clear();
}

void AccountForm::showMessage(const QString &message)
{
    m_message->setText(m_message->text().isEmpty() ? message : m_message->text() + QLatin1Char('\n') + message);
    m_message->show();
}

void AccountForm::showProblems(const QList<FieldProblem> &problems)
{
    QLineEdit *first = nullptr;
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_problemLabels.value(problem.field);
        if (!label) {
            showMessage(problem.message);
            continue;
        }
        label->setText(label->text().isEmpty() ? problem.message : label->text() + QLatin1Char('\n') + problem.message);
        label->show();
        if (!first)
            first = m_problemFields.value(problem.field);
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        first->selectAll();
    }
}

bool AccountForm::check()
{
    clearProblems();
    QList<FieldProblem> problems = Accounts::validate(user());
    if (m_mode == Mode::NewAccount) {
        QByteArray typed = password();
        problems += Accounts::validatePassword(typed);
        if (m_password->text() != m_confirm->text())
            problems.append({QStringLiteral("confirm_password"), tr("The two passwords differ.")});
        typed.fill('\0');
    }
    showProblems(problems);
    return problems.isEmpty();
}

// ---- NewAccountDialog -----------------------------------------------------------------------

NewAccountDialog::NewAccountDialog(QSqlDatabase db, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
{
    setWindowTitle(tr("Add Account"));
    m_form = new AccountForm(AccountForm::Mode::NewAccount, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Account"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewAccountDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewAccountDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each person who shares this catalog can have an account with their own favorites."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addStretch(1);
    layout->addWidget(buttons);
}

void NewAccountDialog::accept()
{
    if (!m_form->check())
        return;
    QByteArray password = m_form->password();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<qint64> added = Accounts::add(m_db, m_form->user(), password);
    QApplication::restoreOverrideCursor();
    password.fill('\0');
    if (!added) {
        m_form->showMessage(added.error());
        return;
    }
    m_createdId = added.value();
    m_form->clearPasswords();
    QDialog::accept();
}

// ---- ChangePasswordDialog -------------------------------------------------------------------

ChangePasswordDialog::ChangePasswordDialog(Session *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Change Password"));
    m_current = makePasswordField(this, QStringLiteral("currentPassword"));
    m_new = makePasswordField(this, QStringLiteral("newPassword"));
    m_new->setPlaceholderText(tr("at least %n character(s)", nullptr, Accounts::MinimumPasswordLength));
    m_confirm = makePasswordField(this, QStringLiteral("confirmPassword"));
    m_message = makeMessageLabel(this, QStringLiteral("passwordMessage"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_confirm);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Password"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QString ChangePasswordDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ChangePasswordDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ChangePasswordDialog::accept()
{
    showMessage(QString());
    if (m_new->text() != m_confirm->text()) {
        showMessage(tr("The two new passwords differ."));
        m_confirm->clear();
        m_confirm->setFocus(Qt::OtherFocusReason);
        return;
    }
    const PasswordBytes replacement(m_new);
    if (const QList<FieldProblem> problems = Accounts::validatePassword(replacement.bytes()); !problems.isEmpty()) {
        showMessage(problems.constFirst().message);
        m_new->setFocus(Qt::OtherFocusReason);
        return;
    }
    const PasswordBytes current(m_current);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> changed = m_session->changePassword(current.bytes(), replacement.bytes());
    QApplication::restoreOverrideCursor();
    if (!changed) {
        showMessage(changed.error());
        m_current->clear();
        m_current->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_current->clear();
    m_new->clear();
    m_confirm->clear();
    QDialog::accept();
}

// ---- AccountsDialog -------------------------------------------------------------------------

AccountsDialog::AccountsDialog(Session *session, QString thumbnailFolder, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_loader(new AvatarLoader(session->mediaFolder(), std::move(thumbnailFolder), this))
{
    setWindowTitle(tr("Accounts"));
    setAcceptDrops(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("accountList"));
    m_list->setIconSize(QSize(32, 32));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_list, &QListWidget::currentRowChanged, this, &AccountsDialog::showPanel);
    auto *add = new QPushButton(tr("&Add Account…"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    add->setAutoDefault(false);
    connect(add, &QPushButton::clicked, this, &AccountsDialog::addAccount);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addWidget(add);

    // The signed-in user's own account.
    m_ownPanel = new QWidget(this);
    m_preview = new QLabel(m_ownPanel);
    m_preview->setObjectName(QStringLiteral("avatarPreview"));
    m_preview->setFixedSize(PreviewEdge, PreviewEdge);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setToolTip(tr("Drop an image here, or paste one with %1.")
                              .arg(QKeySequence(QKeySequence::Paste).toString(QKeySequence::NativeText)));
    auto *chooseAvatar = new QPushButton(tr("C&hange Avatar…"), m_ownPanel);
    chooseAvatar->setObjectName(QStringLiteral("changeAvatar"));
    auto *pasteButton = new QPushButton(tr("&Paste Avatar"), m_ownPanel);
    pasteButton->setObjectName(QStringLiteral("pasteAvatar"));
    m_clearAvatar = new QPushButton(tr("Remo&ve Avatar"), m_ownPanel);
    m_clearAvatar->setObjectName(QStringLiteral("clearAvatar"));
    connect(chooseAvatar, &QPushButton::clicked, this, &AccountsDialog::chooseAvatarFile);
    connect(pasteButton, &QPushButton::clicked, this, &AccountsDialog::pasteAvatar);
    connect(m_clearAvatar, &QPushButton::clicked, this, &AccountsDialog::clearAvatar);
    auto *avatarButtons = new QVBoxLayout;
    avatarButtons->addWidget(chooseAvatar);
    avatarButtons->addWidget(pasteButton);
    avatarButtons->addWidget(m_clearAvatar);
    avatarButtons->addStretch(1);
    auto *avatarRow = new QHBoxLayout;
    avatarRow->addWidget(m_preview, 0, Qt::AlignTop);
    avatarRow->addLayout(avatarButtons);
    avatarRow->addStretch(1);

    m_form = new AccountForm(AccountForm::Mode::Profile, m_ownPanel);
    m_form->setObjectName(QStringLiteral("profileForm"));
    auto *save = new QPushButton(tr("&Save Changes"), m_ownPanel);
    save->setObjectName(QStringLiteral("saveProfile"));
    connect(save, &QPushButton::clicked, this, &AccountsDialog::saveProfile);
    auto *password = new QPushButton(tr("Change Pass&word…"), m_ownPanel);
    password->setObjectName(QStringLiteral("changePassword"));
    connect(password, &QPushButton::clicked, this, &AccountsDialog::changePassword);
    auto *remove = new QPushButton(tr("&Remove My Account…"), m_ownPanel);
    remove->setObjectName(QStringLiteral("removeAccount"));
    connect(remove, &QPushButton::clicked, this, &AccountsDialog::askToRemoveAccount);
    for (QPushButton *button : {chooseAvatar, pasteButton, m_clearAvatar, password, remove})
        button->setAutoDefault(false);
    auto *accountButtons = new QHBoxLayout;
    accountButtons->addWidget(password);
    accountButtons->addWidget(remove);
    accountButtons->addStretch(1);
    accountButtons->addWidget(save);
    auto *own = new QVBoxLayout(m_ownPanel);
    own->setContentsMargins(0, 0, 0, 0);
    own->addLayout(avatarRow);
    own->addWidget(m_form);
    own->addStretch(1);
    own->addLayout(accountButtons);

    // Paste works wherever the focus is in the panel, except in a text field that pastes text.
    auto *paste = new QAction(tr("Paste Avatar"), m_ownPanel);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QAction::triggered, this, &AccountsDialog::pasteAvatar);
    m_ownPanel->addAction(paste);

    // Anyone else's account, or everyone's for a guest: nothing but who it is.
    m_otherPanel = new QWidget(this);
    m_otherText = new QLabel(m_otherPanel);
    m_otherText->setObjectName(QStringLiteral("otherAccountText"));
    m_otherText->setWordWrap(true);
    m_signInAs = new QPushButton(m_otherPanel);
    m_signInAs->setObjectName(QStringLiteral("signInAs"));
    m_signInAs->setAutoDefault(false);
    connect(m_signInAs, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem()) {
            Q_EMIT signInRequested(item->data(UsernameRole).toString());
            accept();
        }
    });
    auto *other = new QVBoxLayout(m_otherPanel);
    other->setContentsMargins(0, 0, 0, 0);
    other->addWidget(m_otherText);
    other->addWidget(m_signInAs, 0, Qt::AlignLeft);
    other->addStretch(1);

    m_panels = new QStackedWidget(this);
    m_panels->addWidget(m_otherPanel);
    m_panels->addWidget(m_ownPanel);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("accountsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AccountsDialog::reject);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addWidget(m_panels, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 460);

    connect(m_loader, &AvatarLoader::loaded, this, &AccountsDialog::refreshAvatars);
    // The list and the panel follow the session, whoever changed it (this dialog, the toolbar).
    connect(m_session, &Session::userChanged, this, &AccountsDialog::reloadAccounts);
    connect(m_session, &Session::profileChanged, this, &AccountsDialog::reloadAccounts);
    reloadAccounts();
}

AccountsDialog::~AccountsDialog() = default;

void AccountsDialog::reloadAccounts()
{
    const qint64 keep = selectedId() != 0 ? selectedId() : m_session->userId().value_or(0);
    Result<QList<UserRecord>> users = Accounts::list(m_session->database());
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!users) {
        showMessage(users.error(), true);
        return;
    }
    const std::optional<qint64> me = m_session->userId();
    for (const UserRecord &user : std::as_const(users.value())) {
        const QString full = QStringList{user.firstName, user.lastName}.join(QLatin1Char(' ')).trimmed();
        QString text = full.isEmpty() ? user.username : tr("%1 (%2)").arg(full, user.username);
        if (me == user.id)
            text = tr("%1 — signed in").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(UserIdRole, user.id);
        item->setData(UsernameRole, user.username);
        item->setData(AvatarKeyRole, user.avatarKey);
        item->setData(NameRole, Session::displayName(user));
        if (me == user.id) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    refreshAvatars();
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(UserIdRole).toLongLong() == keep)
            row = i;
    }
    m_list->setCurrentRow(m_list->count() > 0 ? row : -1);
    showPanel();
}

void AccountsDialog::refreshAvatars()
{
    const qreal ratio = devicePixelRatioF();
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QImage image = m_loader->image(item->data(AvatarKeyRole).toString());
        item->setIcon(QIcon(Avatars::render(image, item->data(NameRole).toString(), m_list->iconSize().width(), ratio)));
    }
    if (m_session->isSignedIn()) {
        const QImage image = m_loader->image(m_session->user()->avatarKey);
        if (image.isNull()) {
            m_preview->setPixmap(QPixmap());
            m_preview->setText(tr("No avatar"));
        } else {
            // Shown as the square it is cropped to, so that the crop can be judged.
            QPixmap pixmap = QPixmap::fromImage(image.scaled(QSize(PreviewEdge, PreviewEdge) * ratio, Qt::KeepAspectRatio,
                                                             Qt::SmoothTransformation));
            pixmap.setDevicePixelRatio(ratio);
            m_preview->setPixmap(pixmap);
        }
        m_clearAvatar->setEnabled(!m_session->user()->avatarKey.isEmpty());
    }
}

qint64 AccountsDialog::selectedId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(UserIdRole).toLongLong() : 0;
}

void AccountsDialog::selectAccount(qint64 userId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(UserIdRole).toLongLong() == userId)
            m_list->setCurrentRow(i);
    }
}

bool AccountsDialog::isEditingOwnProfile() const
{
    return m_panels->currentWidget() == m_ownPanel;
}

void AccountsDialog::showPanel()
{
    const qint64 id = selectedId();
    const std::optional<qint64> me = m_session->userId();
    if (me && id == *me) {
        // Only the signed-in account's record ever reaches the form. It is filled when the panel
        // opens, not on every refresh, so that an avatar dropped meanwhile keeps what is typed.
        if (m_formUserId != *me) {
            m_form->setUser(*m_session->user());
            m_formUserId = *me;
        }
        m_panels->setCurrentWidget(m_ownPanel);
        refreshAvatars();
        return;
    }
    m_form->setUser(UserRecord());
    m_formUserId = 0;
    m_panels->setCurrentWidget(m_otherPanel);
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_otherText->setText(m_session->isSignedIn()
                                 ? QString()
                                 : tr("Nobody has an account yet. Add one to keep your own favorites."));
        m_signInAs->hide();
        return;
    }
    const QString name = item->data(UsernameRole).toString();
    m_otherText->setText(me ? tr("This is %1's account. Only %1 can change it, after signing in.").arg(name)
                            : tr("You are browsing as a guest. Sign in as %1 to change this account.").arg(name));
    m_signInAs->setText(tr("Sign In as %1…").arg(name));
    m_signInAs->show();
}

QString AccountsDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AccountsDialog::showMessage(const QString &text, bool problem)
{
    m_message->setPalette(problem ? alertPalette(palette()) : palette());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

bool AccountsDialog::saveProfile()
{
    showMessage(QString(), false);
    if (!isEditingOwnProfile() || !m_form->check())
        return false;
    const Result<void> saved = m_session->updateProfile(m_form->user());
    if (!saved) {
        m_form->showMessage(saved.error());
        return false;
    }
    m_form->setUser(*m_session->user()); // as stored: trimmed
    showMessage(tr("Your profile is saved."), false);
    return true;
}

bool AccountsDialog::setAvatarFromFile(const QString &path)
{
    showMessage(QString(), false);
    const Result<void> set = m_session->setAvatarFromFile(path);
    if (!set) {
        showMessage(set.error(), true);
        return false;
    }
    return true;
}

bool AccountsDialog::setAvatarFromData(const QByteArray &bytes, const QString &fileName)
{
    showMessage(QString(), false);
    const Result<void> set = m_session->setAvatar(bytes, fileName);
    if (!set) {
        showMessage(set.error(), true);
        return false;
    }
    return true;
}

bool AccountsDialog::setAvatarFromImage(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    if (image.isNull() || !image.save(&buffer, "PNG")) {
        showMessage(tr("The image could not be read; the avatar is unchanged."), true);
        return false;
    }
    return setAvatarFromData(png, tr("Pasted image.png"));
}

bool AccountsDialog::clearAvatar()
{
    showMessage(QString(), false);
    const Result<void> cleared = m_session->clearAvatar();
    if (!cleared) {
        showMessage(cleared.error(), true);
        return false;
    }
    return true;
}

bool AccountsDialog::offersImage(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasImage())
        return true;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.begin(), urls.end(), [](const QUrl &url) { return url.isLocalFile(); });
}

bool AccountsDialog::takeImage(const QMimeData *mime)
{
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            return setAvatarFromFile(url.toLocalFile()); // one avatar: the first file
    }
    if (mime->hasImage())
        return setAvatarFromImage(qvariant_cast<QImage>(mime->imageData()));
    return false;
}

bool AccountsDialog::pasteAvatar()
{
    if (!isEditingOwnProfile())
        return false;
    const QMimeData *mime = QApplication::clipboard()->mimeData();
    if (!offersImage(mime)) {
        showMessage(tr("The clipboard holds no image."), true);
        return false;
    }
    return takeImage(mime);
}

void AccountsDialog::dragEnterEvent(QDragEnterEvent *event)
{
    if (isEditingOwnProfile() && offersImage(event->mimeData()))
        event->acceptProposedAction();
}

void AccountsDialog::dropEvent(QDropEvent *event)
{
    if (!isEditingOwnProfile() || !offersImage(event->mimeData()))
        return;
    event->acceptProposedAction();
    takeImage(event->mimeData());
}

void AccountsDialog::chooseAvatarFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose Avatar"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)"));
    if (!path.isEmpty())
        setAvatarFromFile(path);
}

void AccountsDialog::addAccount()
{
    NewAccountDialog dialog(m_session->database(), this);
    dialog.setObjectName(QStringLiteral("newAccountDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The new account is listed but not signed in: whoever uses the window stays who they are.
    reloadAccounts();
    if (!m_session->isSignedIn())
        selectAccount(dialog.createdId());
    showMessage(tr("The account “%1” was added.").arg(dialog.form()->user().username), false);
}

void AccountsDialog::changePassword()
{
    ChangePasswordDialog dialog(m_session, this);
    dialog.setObjectName(QStringLiteral("changePasswordDialog"));
    if (dialog.exec() == QDialog::Accepted)
        showMessage(tr("Your password is changed."), false);
}

bool AccountsDialog::removeMyAccount(const QByteArray &password)
{
    showMessage(QString(), false);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<void> removed = m_session->removeAccount(password);
    QApplication::restoreOverrideCursor();
    if (!removed) {
        showMessage(removed.error(), true);
        return false;
    }
    showMessage(tr("Your account is removed."), false);
    return true;
}

void AccountsDialog::askToRemoveAccount()
{
    if (!m_session->isSignedIn())
        return;
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("removeAccountDialog"));
    ask.setWindowTitle(tr("Remove My Account"));
    ask.setLabelText(tr("Removing the account “%1” also removes its favorites and avatars. This cannot be undone.\n\n"
                        "Type your password to confirm:")
                         .arg(m_session->user()->username));
    ask.setTextEchoMode(QLineEdit::Password);
    ask.setOkButtonText(tr("Remove Account"));
    if (ask.exec() != QDialog::Accepted)
        return;
    QByteArray password = ask.textValue().toUtf8();
    ask.setTextValue(QString());
    removeMyAccount(password);
    password.fill('\0');
}

} // namespace Reelkeeper
