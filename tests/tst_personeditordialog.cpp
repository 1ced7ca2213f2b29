// The person editor under the offscreen platform: fields, gallery (files, drops, primary, remove),
// credits, saving as one undo step, and a cancel that leaves the catalog as it was.
#include "personcommands.h"
#include "personeditordialog.h"
#include "photogallery.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDropEvent>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Reelkeeper;
using Reelkeeper::Test::exec;
using Reelkeeper::Test::makeImage;
using Reelkeeper::Test::scalar;

class TestPersonEditorDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldSaveEditedFieldsAsOneUndoStep();
    void shouldRefuseAnImpossibleDateOfBirthWithAClearMessage();
    void shouldAddSeveralPhotosFromFilesAndNameTheBadOne();
    void shouldAddDroppedFiles();
    void shouldPickThePrimaryPhotoAndRemoveWithTheDeleteKey();
    void shouldAddACreditWithANewCharacterFromThePicker();
    void shouldRemoveACreditButNotADirectedMovie();
    void shouldLeaveTheCatalogUntouchedWhenCancelled();
    void shouldSayWhatDeletingAPersonChanges();
    void shouldAddAPastedImageAndShowAPhotoLarge();
    void shouldRenderTheGalleryAndCredits();

private:
    QSqlDatabase db() const { return m_catalog->db(); }
    std::unique_ptr<PersonEditorDialog> makeDialog();
    QString writeFile(const QString &name, const QByteArray &bytes);
    std::unique_ptr<Test::TemporaryCatalog> m_catalog;
    std::unique_ptr<QTemporaryDir> m_files;
    QUndoStack m_stack;
    int m_changes = 0;
};

void TestPersonEditorDialog::init()
{
    m_catalog = std::make_unique<Test::TemporaryCatalog>();
    QVERIFY2(m_catalog->isValid(), qPrintable(m_catalog->error()));
    m_files = std::make_unique<QTemporaryDir>();
    m_stack.clear();
    m_changes = 0;
    for (const QString &sql : {
             u"INSERT INTO countries (id, name) VALUES (1, 'United States')"_s,
             u"INSERT INTO people (id, first_name, last_name) VALUES (1, 'Sigourney', 'Weaver')"_s,
             u"INSERT INTO movies (id, title, release_date) VALUES (1, 'Alien', '1979')"_s,
             u"INSERT INTO movies (id, title, release_date, director_id) VALUES (2, 'Aliens', '1986', 1)"_s,
             u"INSERT INTO characters (id, movie_id, name) VALUES (1, 1, 'Ripley')"_s,
             u"INSERT INTO movie_actors (id, movie_id, person_id, character_id) VALUES (1, 1, 1, 1)"_s,
         })
        QCOMPARE(exec(db(), sql), QString());
}

void TestPersonEditorDialog::cleanup()
{
    m_stack.clear();
    m_catalog.reset();
    m_files.reset();
}

std::unique_ptr<PersonEditorDialog> TestPersonEditorDialog::makeDialog()
{
    auto dialog = std::make_unique<PersonEditorDialog>(db(), m_catalog->catalog().mediaPath(),
                                                       m_files->filePath(u"thumbnails"_s));
    dialog->setUndoStack(&m_stack, [this](const QString &) { ++m_changes; });
    return dialog;
}

QString TestPersonEditorDialog::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_files->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return QString();
    return path;
}

void TestPersonEditorDialog::shouldSaveEditedFieldsAsOneUndoStep()
{
    // Given Weaver in the editor
    auto dialog = makeDialog();
    Result<PersonRecord> person = PersonRecords::load(db(), 1);
    QVERIFY(person);
    dialog->setPerson(*person);
    dialog->show();

    // When every field is edited and OK pressed
    auto *first = dialog->findChild<QLineEdit *>(u"firstName"_s);
    first->clear();
    QTest::keyClicks(first, u"Susan"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"dateOfBirth"_s), u"1949-10"_s);
    auto *gender = dialog->findChild<QComboBox *>(u"gender"_s);
    gender->setCurrentIndex(gender->findData(u"female"_s));
    dialog->findChild<EntityPicker *>(u"country"_s)->setId(1);
    dialog->findChild<QPlainTextEdit *>(u"biography"_s)->setPlainText(u"American actor."_s);
    dialog->accept();

    // Then the person is saved, as one undo step
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->savedPersonId(), 1);
    QCOMPARE(m_stack.count(), 1);
    QCOMPARE(scalar(db(), u"SELECT first_name || '|' || date_of_birth || '|' || gender || '|' || country_id || '|' || "
                          "biography FROM people WHERE id = 1"_s)
                 .toString(),
             u"Susan|1949-10|female|1|American actor."_s);
    m_stack.undo();
    QCOMPARE(scalar(db(), u"SELECT first_name FROM people WHERE id = 1"_s).toString(), u"Sigourney"_s);
    QVERIFY(scalar(db(), u"SELECT date_of_birth FROM people WHERE id = 1"_s).isNull());
}

void TestPersonEditorDialog::shouldRefuseAnImpossibleDateOfBirthWithAClearMessage()
{
    // Given a new person with an impossible date
    auto dialog = makeDialog();
    dialog->show();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"lastName"_s), u"Holm"_s);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"dateOfBirth"_s), u"1931-02-30"_s);

    // When OK is pressed
    dialog->accept();

    // Then the dialog stays open, says why next to the field, and nothing is saved
    QVERIFY(dialog->isVisible());
    auto *problem = dialog->findChild<QLabel *>(u"date_of_birthProblem"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"not a real date"_s), qPrintable(problem->text()));
    QCOMPARE(m_stack.count(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM people"_s).toInt(), 1);
}

void TestPersonEditorDialog::shouldAddSeveralPhotosFromFilesAndNameTheBadOne()
{
    // Given two images and a file that is no image
    const QString a = writeFile(u"a.png"_s, makeImage(30, 40, "png", 0xff112233));
    const QString b = writeFile(u"b.jpg"_s, makeImage(30, 40, "jpg", 0xff445566));
    const QString bad = writeFile(u"notes.png"_s, "not an image at all");
    auto dialog = makeDialog();
    QAbstractItemModelTester tester(dialog->gallery()->model());

    // When all three are added at once
    dialog->gallery()->addFiles({a, bad, b});

    // Then the two images are in the grid, the first primary, and the bad file is named
    QCOMPARE(dialog->gallery()->model()->rowCount(), 2);
    QCOMPARE(dialog->gallery()->photos().size(), 2);
    QVERIFY(dialog->gallery()->photos().at(0).isPrimary);
    QVERIFY(!dialog->gallery()->photos().at(1).isPrimary);
    QVERIFY(dialog->gallery()->model()->index(0, 0).data(PhotoGallery::PrimaryRole).toBool());
    QVERIFY2(dialog->gallery()->message().contains(u"notes.png"_s), qPrintable(dialog->gallery()->message()));
    // And the thumbnails arrive from the worker
    QTRY_VERIFY(dialog->gallery()->model()->index(0, 0).data(PhotoGallery::ThumbnailReadyRole).toBool());
    QTRY_VERIFY(dialog->gallery()->model()->index(1, 0).data(PhotoGallery::ThumbnailReadyRole).toBool());
}

void TestPersonEditorDialog::shouldAddDroppedFiles()
{
    // Given two image files dragged from a file manager
    const QString a = writeFile(u"a.png"_s, makeImage(10, 10, "png", 0xff000001));
    const QString b = writeFile(u"b.png"_s, makeImage(10, 10, "png", 0xff000002));
    auto dialog = makeDialog();
    dialog->show();
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(a), QUrl::fromLocalFile(b)});

    // When they are dropped on the gallery
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog->gallery(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(5, 5), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(dialog->gallery(), &drop);

    // Then both are in the gallery
    QCOMPARE(dialog->gallery()->photos().size(), 2);
}

void TestPersonEditorDialog::shouldPickThePrimaryPhotoAndRemoveWithTheDeleteKey()
{
    // Given Weaver with three new photos
    auto dialog = makeDialog();
    Result<PersonRecord> person = PersonRecords::load(db(), 1);
    QVERIFY(person);
    dialog->setPerson(*person);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    dialog->tabs()->setCurrentWidget(dialog->gallery());
    QStringList paths;
    for (QRgb color : {0xff000001u, 0xff000002u, 0xff000003u})
        paths.append(writeFile(QString::number(color, 16) + u".png"_s, makeImage(10, 10, "png", color)));
    dialog->gallery()->addFiles(paths);
    QCOMPARE(dialog->gallery()->photos().size(), 3);

    // When the second is made primary and the third removed with Delete
    dialog->gallery()->setPrimary(1);
    QListView *view = dialog->gallery()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(2, 0));
    QTest::keyClick(view, Qt::Key_Delete);
    QCOMPARE(dialog->gallery()->photos().size(), 2);
    dialog->accept();

    // Then the catalog has two photos, the second primary, named by the person
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    Result<PersonRecord> saved = PersonRecords::load(db(), 1);
    QVERIFY(saved);
    QCOMPARE(saved->photos.size(), 2);
    QVERIFY(saved->photos.at(1).isPrimary);
    QCOMPARE(scalar(db(), u"SELECT primary_photo_id FROM people WHERE id = 1"_s).toLongLong(), saved->photos.at(1).id);
    // And the removed image is not left in the media folder
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM files"_s).toInt(), 2);
    QDir media(m_catalog->catalog().mediaPath());
    int stored = 0;
    for (const QString &folder : media.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        stored += int(QDir(media.filePath(folder)).entryList(QDir::Files).size());
    QCOMPARE(stored, 2);
}

void TestPersonEditorDialog::shouldAddACreditWithANewCharacterFromThePicker()
{
    // Given the credit picker
    CreditPickerDialog picker(db());
    picker.show();

    // When "Alien" is typed, Alien chosen and a new character described
    QTest::keyClicks(picker.movieSearch(), u"Alien"_s);
    QCOMPARE(picker.movies()->count(), 2);
    picker.movies()->setCurrentRow(0);
    QCOMPARE(picker.character()->count(), 3); // none, Ripley, new
    picker.character()->setCurrentIndex(picker.character()->findData(-1));
    QTest::keyClicks(picker.newCharacterName(), u"Ash"_s);
    picker.newCharacterRole()->setCurrentIndex(picker.newCharacterRole()->findData(u"supporting"_s));
    picker.accept();
    QCOMPARE(picker.result(), int(QDialog::Accepted));
    const PersonCredit credit = picker.credit();
    QCOMPARE(credit.movieId, 1);

    // And the credit is added to Weaver in the editor and saved
    auto dialog = makeDialog();
    Result<PersonRecord> person = PersonRecords::load(db(), 1);
    QVERIFY(person);
    dialog->setPerson(*person);
    dialog->addCredit(credit);
    QCOMPARE(dialog->creditsTable()->rowCount(), 3); // Ripley, Ash, and Aliens as director
    dialog->accept();

    // Then Weaver plays Ash, a supporting character of Alien; undo takes both away
    QCOMPARE(scalar(db(), u"SELECT characters.role FROM movie_actors JOIN characters ON characters.id = "
                          "movie_actors.character_id WHERE movie_actors.person_id = 1 AND characters.name = 'Ash'"_s)
                 .toString(),
             u"supporting"_s);
    m_stack.undo();
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters WHERE name = 'Ash'"_s).toInt(), 0);
}

void TestPersonEditorDialog::shouldRemoveACreditButNotADirectedMovie()
{
    // Given Weaver: Ripley in Alien, director of Aliens
    auto dialog = makeDialog();
    Result<PersonRecord> person = PersonRecords::load(db(), 1);
    QVERIFY(person);
    dialog->setPerson(*person);
    QCOMPARE(dialog->creditsTable()->rowCount(), 2);

    // When both rows are removed
    dialog->removeCredit(1); // the directed movie: refused
    dialog->removeCredit(0);
    dialog->accept();

    // Then the cast link is gone and she still directs Aliens
    QCOMPARE(dialog->creditsTable()->rowCount(), 1);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM movie_actors"_s).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT director_id FROM movies WHERE id = 2"_s).toLongLong(), 1);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters WHERE id = 1"_s).toInt(), 1);
}

void TestPersonEditorDialog::shouldLeaveTheCatalogUntouchedWhenCancelled()
{
    // Given a new person with photos and a credit, and a new country typed into the picker
    auto dialog = makeDialog();
    dialog->show();
    QTest::keyClicks(dialog->findChild<QLineEdit *>(u"lastName"_s), u"Holm"_s);
    dialog->gallery()->addFiles({writeFile(u"x.png"_s, makeImage(10, 10, "png", 0xff0000aa))});
    PersonCredit credit;
    credit.movieId = 1;
    credit.characterName = u"Ash"_s;
    dialog->addCredit(credit);
    const QString mediaKey = dialog->gallery()->photos().first().key;
    const QString mediaFile = MediaStore(m_catalog->catalog().mediaPath()).absolutePath(mediaKey);
    QVERIFY(QFile::exists(mediaFile));

    // When the editor is cancelled
    dialog->reject();

    // Then nothing is in the catalog, and the image is gone from the media folder
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM people"_s).toInt(), 1);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM files"_s).toInt(), 0);
    QCOMPARE(scalar(db(), u"SELECT count(*) FROM characters"_s).toInt(), 1);
    QVERIFY(!QFile::exists(mediaFile));
    QCOMPARE(m_stack.count(), 0);
}

void TestPersonEditorDialog::shouldSayWhatDeletingAPersonChanges()
{
    // Given Weaver (directs Aliens, plays Ripley) and someone with nothing attached
    QCOMPARE(exec(db(), u"INSERT INTO people (id, last_name) VALUES (9, 'Nobody')"_s), QString());

    // When the removal questions are asked
    bool ask = false;
    Result<QString> weaver = removalQuestion(db(), {1}, &ask);
    bool askNobody = true;
    Result<QString> nobody = removalQuestion(db(), {9}, &askNobody);

    // Then Weaver's names what will change, and Nobody's needs no asking
    QVERIFY(weaver && nobody);
    QVERIFY(ask);
    QVERIFY2(weaver->contains(u"Delete “Sigourney Weaver”?"_s), qPrintable(*weaver));
    QVERIFY2(weaver->contains(u"directs 1 movie(s), plays 1 character(s) in 1 movie(s)"_s), qPrintable(*weaver));
    QVERIFY(!askNobody);
}

void TestPersonEditorDialog::shouldAddAPastedImageAndShowAPhotoLarge()
{
    // Given an image on the clipboard
    auto dialog = makeDialog();
    dialog->show();
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QApplication::clipboard()->setImage(image);

    // When it is pasted into the gallery
    dialog->gallery()->paste();

    // Then it is the primary photo, badged in the grid
    QCOMPARE(dialog->gallery()->photos().size(), 1);
    QVERIFY(dialog->gallery()->photos().first().isPrimary);
    QVERIFY(!dialog->gallery()->model()->index(0, 0).data(Qt::DisplayRole).toString().isEmpty());

    // And a double-click shows it large
    dialog->tabs()->setCurrentWidget(dialog->gallery());
    QListView *view = dialog->gallery()->view();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QTRY_VERIFY(view->visualRect(view->model()->index(0, 0)).isValid());
    const QRect cell = view->visualRect(view->model()->index(0, 0));
    // An item view sees a double-click as a click followed by a double-click event.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center());
    QTRY_VERIFY(dialog->gallery()->findChild<QDialog *>(u"photoViewer"_s));
    auto *viewer = dialog->gallery()->findChild<QDialog *>(u"photoViewer"_s);
    auto *label = viewer->findChild<QLabel *>();
    QVERIFY(label);
    QCOMPARE(label->pixmap().size(), QSize(64, 48));
    viewer->close();
}

void TestPersonEditorDialog::shouldRenderTheGalleryAndCredits()
{
    // Given Weaver with four photos and a credit
    auto dialog = makeDialog();
    Result<PersonRecord> person = PersonRecords::load(db(), 1);
    QVERIFY(person);
    person->dateOfBirth = u"1949-10-08"_s;
    person->gender = u"female"_s;
    person->countryId = 1;
    person->biography = u"American actor, known for her role as Ellen Ripley."_s;
    dialog->setPerson(*person);
    QStringList paths;
    const QList<QRgb> colors{0xff8a3b2e, 0xff2e5a8a, 0xff4f8a2e, 0xff8a7a2e};
    for (qsizetype i = 0; i < colors.size(); ++i)
        paths.append(writeFile(u"photo%1.png"_s.arg(i + 1), makeImage(300, 400, "png", colors.at(i))));
    dialog->gallery()->addFiles(paths);
    dialog->gallery()->setPrimary(1);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));

    // When each tab is shown, once the thumbnails are in
    dialog->tabs()->setCurrentWidget(dialog->gallery());
    for (int row = 0; row < 4; ++row)
        QTRY_VERIFY(dialog->gallery()->model()->index(row, 0).data(PhotoGallery::ThumbnailReadyRole).toBool());
    const QImage gallery = dialog->grab().toImage();
    dialog->tabs()->setCurrentIndex(2);
    const QImage credits = dialog->grab().toImage();

    // Then both render (REELKEEPER_SCREENSHOTS names a folder to keep them in, for the docs)
    QVERIFY(!gallery.isNull() && !credits.isNull());
    const QString folder = qEnvironmentVariable("REELKEEPER_SCREENSHOTS");
    if (!folder.isEmpty()) {
        QVERIFY(gallery.save(folder + u"/person-editor-gallery.png"_s));
        QVERIFY(credits.save(folder + u"/person-editor-credits.png"_s));
    }
}

QTEST_MAIN(TestPersonEditorDialog)
#include "tst_personeditordialog.moc"
