<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Reelkeeper::AccountForm</name>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Accounts</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>Die Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not change the accounts: %1</source>
        <translation>Die Konten konnten nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Im Katalog konnte keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Die Änderungen konnten nicht in den Katalog geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Account %1 is no longer in the catalog.</source>
        <translation>Das Konto %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele falsche Passwörter. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele falsche Passwörter. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
    <message>
        <source>Another account already uses the email address “%1”.</source>
        <translation>Ein anderes Konto verwendet bereits die E-Mail-Adresse „%1“.</translation>
    </message>
    <message>
        <source>The password library (libsodium) could not start.</source>
        <translation>Die Passwortbibliothek (libsodium) konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Das Passwort ist zu lang.</translation>
    </message>
    <message>
        <source>The password could not be hashed: not enough memory.</source>
        <translation>Das Passwort konnte nicht gehasht werden: nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>An account needs a username.</source>
        <translation>Ein Konto braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>A username cannot contain line breaks or control characters.</source>
        <translation>Ein Benutzername darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A username can have at most %1 characters.</source>
        <translation>Ein Benutzername darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The first name can have at most %1 characters and no line breaks.</source>
        <translation>Der Vorname darf höchstens %1 Zeichen lang sein und keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>The last name can have at most %1 characters and no line breaks.</source>
        <translation>Der Nachname darf höchstens %1 Zeichen lang sein und keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (like name@example.org).</source>
        <translation>„%1“ ist keine E-Mail-Adresse (etwa name@example.org).</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Ein Passwort muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too big for an image (more than %2 MB).</source>
        <translation>%1 ist zu groß für ein Bild (mehr als %2 MB).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Drop an image here, or paste one with %1.</source>
        <translation>Ein Bild hierher ziehen oder mit %1 einfügen.</translation>
    </message>
    <message>
        <source>C&amp;hange Avatar…</source>
        <translation>Avatar än&amp;dern…</translation>
    </message>
    <message>
        <source>&amp;Paste Avatar</source>
        <translation>Avatar ein&amp;fügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar</source>
        <translation>Avatar en&amp;tfernen</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>Change Pass&amp;word…</source>
        <translation>Pass&amp;wort ändern…</translation>
    </message>
    <message>
        <source>&amp;Remove My Account…</source>
        <translation>Mein Konto &amp;löschen…</translation>
    </message>
    <message>
        <source>Paste Avatar</source>
        <translation>Avatar einfügen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — signed in</source>
        <translation>%1 — angemeldet</translation>
    </message>
    <message>
        <source>No avatar</source>
        <translation>Kein Avatar</translation>
    </message>
    <message>
        <source>Nobody has an account yet. Add one to keep your own favorites.</source>
        <translation>Noch hat niemand ein Konto. Fügen Sie eines hinzu, um eigene Favoriten zu sammeln.</translation>
    </message>
    <message>
        <source>This is %1&apos;s account. Only %1 can change it, after signing in.</source>
        <translation>Dies ist das Konto von %1. Ändern kann es nur %1 selbst, nach der Anmeldung.</translation>
    </message>
    <message>
        <source>You are browsing as a guest. Sign in as %1 to change this account.</source>
        <translation>Sie nutzen Reelkeeper als Gast. Melden Sie sich als %1 an, um dieses Konto zu ändern.</translation>
    </message>
    <message>
        <source>Sign In as %1…</source>
        <translation>Als %1 anmelden…</translation>
    </message>
    <message>
        <source>Your profile is saved.</source>
        <translation>Ihr Profil wurde gespeichert.</translation>
    </message>
    <message>
        <source>The image could not be read; the avatar is unchanged.</source>
        <translation>Das Bild konnte nicht gelesen werden; der Avatar bleibt unverändert.</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Choose Avatar</source>
        <translation>Avatar wählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The account “%1” was added.</source>
        <translation>Das Konto „%1“ wurde hinzugefügt.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ihr Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>Your account is removed.</source>
        <translation>Ihr Konto wurde gelöscht.</translation>
    </message>
    <message>
        <source>Remove My Account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>Removing the account “%1” also removes its favorites and avatars. This cannot be undone.

Type your password to confirm:</source>
        <translation>Mit dem Konto „%1“ werden auch seine Favoriten und Avatare gelöscht. Dies lässt sich nicht rückgängig machen.

Geben Sie zur Bestätigung Ihr Passwort ein:</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto löschen</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::AvatarButton</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>Konten &amp;verwalten…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Browsing as a guest: sign in to keep favorites</source>
        <translation>Sie nutzen Reelkeeper als Gast: Melden Sie sich an, um Favoriten zu sammeln</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Bundle</name>
    <message>
        <source>The row breaks a rule of the catalog (a CHECK constraint).</source>
        <translation>Die Zeile verletzt eine Regel des Katalogs (eine CHECK-Einschränkung).</translation>
    </message>
    <message>
        <source>%1 %2 is not allowed (the catalog&apos;s CHECK constraint on %1).</source>
        <translation>%1 %2 ist nicht zulässig (CHECK-Einschränkung des Katalogs für %1).</translation>
    </message>
    <message>
        <source>Could not read the columns of %1: %2</source>
        <translation>Die Spalten von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The catalog has no table %1.</source>
        <translation>Der Katalog hat keine Tabelle %1.</translation>
    </message>
    <message>
        <source>Could not read the references of %1: %2</source>
        <translation>Die Verweise von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The image %1 is missing or damaged in the media folder %2, so the bundle would not be whole; `reelkeeper check` lists such problems. Nothing was exported.</source>
        <translation>Das Bild %1 fehlt im Medienordner %2 oder ist beschädigt, daher wäre das Paket unvollständig; `reelkeeper check` listet solche Probleme auf. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; nothing was exported.</source>
        <translation>%1 existiert und ist kein Ordner; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the bundle. Nothing was exported.</source>
        <translation>%1 ist nicht leer; wählen Sie einen neuen oder leeren Ordner für das Paket. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was exported.</source>
        <translation>Der Ordner %1 existiert nicht; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Neben %1 konnte kein Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced by the bundle; nothing was exported.</source>
        <translation>%1 konnte nicht durch das Paket ersetzt werden; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The bundle could not be moved to %1; nothing was exported.</source>
        <translation>Das Paket konnte nicht nach %1 verschoben werden; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer version of Reelkeeper (bundle format %1; this version reads format %2). Nothing was imported.</source>
        <translation>Das Paket wurde von einer neueren Version von Reelkeeper geschrieben (Paketformat %1; diese Version liest Format %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer version of Reelkeeper (catalog schema %1; this catalog has schema %2). Nothing was imported.</source>
        <translation>Das Paket wurde von einer neueren Version von Reelkeeper geschrieben (Katalogschema %1; dieser Katalog hat Schema %2). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The entry of %1 needs &quot;rows&quot; (a count) and &quot;sha256&quot; (64 hex digits).</source>
        <translation>Der Eintrag für %1 braucht „rows“ (eine Anzahl) und „sha256“ (64 Hexadezimalziffern).</translation>
    </message>
    <message>
        <source>The checksum of the image %1 does not match its name.</source>
        <translation>Die Prüfsumme des Bildes %1 passt nicht zu seinem Namen.</translation>
    </message>
    <message>
        <source>The header names a column %1 that the table %2 does not have.</source>
        <translation>Die Kopfzeile nennt eine Spalte %1, die die Tabelle %2 nicht hat.</translation>
    </message>
    <message>
        <source>The header names the column %1 twice.</source>
        <translation>Die Kopfzeile nennt die Spalte %1 zweimal.</translation>
    </message>
    <message>
        <source>The header has no %1 column.</source>
        <translation>Die Kopfzeile hat keine Spalte %1.</translation>
    </message>
    <message>
        <source>Its checksum does not match the manifest: the file was changed or damaged. The bundle was refused.</source>
        <translation>Die Prüfsumme der Datei passt nicht zum Manifest: Die Datei wurde verändert oder beschädigt. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>Die Zeile hat %1 Felder; die Kopfzeile hat %2.</translation>
    </message>
    <message>
        <source>The id %1 is not a whole number.</source>
        <translation>Die ID %1 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>The id %1 follows the id %2: ids must increase from row to row, each id once.</source>
        <translation>Die ID %1 folgt auf die ID %2: Die IDs müssen von Zeile zu Zeile steigen, jede ID darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <source>The file has %1 rows; the manifest says %2. The bundle was refused.</source>
        <translation>Die Datei hat %1 Zeilen; laut Manifest sind es %2. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The image is not of the type its name says.</source>
        <translation>Das Bild hat nicht den Typ, den sein Name angibt.</translation>
    </message>
    <message>
        <source>Could not prepare the import: %1</source>
        <translation>Der Import konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 starts with a backslash but is none of \N, \\… and \x….</source>
        <translation>%1: %2 beginnt mit einem Backslash, ist aber weder \N noch \\… noch \x….</translation>
    </message>
    <message>
        <source>The image %1 is not in the bundle (the manifest does not list it).</source>
        <translation>Das Bild %1 ist nicht im Paket (das Manifest führt es nicht auf).</translation>
    </message>
    <message>
        <source>%1 %2 is not a whole number.</source>
        <translation>%1 %2 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1 %2 names no row of %3.csv.</source>
        <translation>%1 %2 verweist auf keine Zeile von %3.csv.</translation>
    </message>
    <message>
        <source>The person %1 has another primary photo, on line %2.</source>
        <translation>Die Person %1 hat bereits ein anderes Hauptfoto, in Zeile %2.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Nothing was imported.</source>
        <translation>Die Datei hat sich während des Imports geändert. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The person&apos;s primary_photo_id does not name the photo that person_photos.csv flags with is_primary.</source>
        <translation>Die primary_photo_id der Person nennt nicht das Foto, das in person_photos.csv mit is_primary markiert ist.</translation>
    </message>
    <message>
        <source>Could not check the people&apos;s photos: %1</source>
        <translation>Die Fotos der Personen konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The bundle was refused.</source>
        <translation>Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The image is not what its name says. The bundle was refused.</source>
        <translation>Das Bild entspricht nicht seinem Namen. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 is not a folder; a bundle is a folder with a manifest.json. Nothing was imported.</source>
        <translation>%1 ist kein Ordner; ein Paket ist ein Ordner mit einer manifest.json. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation>Der Import konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>%1: could not save the import: %2. Nothing was imported.</source>
        <translation>%1: Der Import konnte nicht gespeichert werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>exported: %1 movies, %2 people, %3 users, %4 images to %5</source>
        <translation>Exportiert: %1 Film(e), %2 Person(en), %3 Benutzer, %4 Bild(er) nach %5</translation>
    </message>
    <message>
        <source>exported: %1 movies, %2 people, %3 images to %4</source>
        <translation>Exportiert: %1 Film(e), %2 Person(en), %3 Bild(er) nach %4</translation>
    </message>
    <message>
        <source>The file is a symbolic link that leads nowhere. The bundle was refused.</source>
        <translation>Die Datei ist ein symbolischer Link, der ins Leere führt. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The file is listed in the manifest but missing. The bundle was refused.</source>
        <translation>Die Datei steht im Manifest, fehlt aber. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>A symbolic link leads outside the bundle&apos;s folder. The bundle was refused.</source>
        <translation>Ein symbolischer Link führt aus dem Ordner des Pakets hinaus. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>This is not a file. The bundle was refused.</source>
        <translation>Dies ist keine Datei. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 has no manifest.json, so it is not a Reelkeeper bundle. Nothing was imported.</source>
        <translation>%1 enthält keine manifest.json und ist daher kein Reelkeeper-Paket. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a manifest.</source>
        <translation>Die Datei ist zu groß für ein Manifest.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not the manifest of a Reelkeeper bundle (it has no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Dies ist nicht das Manifest eines Reelkeeper-Pakets (es fehlt &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The manifest has no valid format version.</source>
        <translation>Das Manifest hat keine gültige Formatversion.</translation>
    </message>
    <message>
        <source>The manifest has no valid catalog schema version.</source>
        <translation>Das Manifest hat keine gültige Version des Katalogschemas.</translation>
    </message>
    <message>
        <source>The manifest lists no tables.</source>
        <translation>Das Manifest führt keine Tabellen auf.</translation>
    </message>
    <message>
        <source>The manifest names a table that a catalog does not have: %1. The bundle was refused.</source>
        <translation>Das Manifest nennt eine Tabelle, die es in einem Katalog nicht gibt: %1. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;media&quot; is not a list of images.</source>
        <translation>„media“ im Manifest ist keine Liste von Bildern.</translation>
    </message>
    <message>
        <source>The manifest names the image %1, which is not a media file name (two hex digits, &quot;/&quot;, the SHA-256 of the image and its extension). The bundle was refused.</source>
        <translation>Das Manifest nennt das Bild %1, doch das ist kein Mediendateiname (zwei Hexadezimalziffern, „/“, der SHA-256 des Bildes und seine Endung). Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The file is too large for an image of a catalog. The bundle was refused.</source>
        <translation>Die Datei ist zu groß für ein Katalogbild. Das Paket wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Could not tell which rows of %1 the import added.</source>
        <translation>Es konnte nicht festgestellt werden, welche Zeilen von %1 der Import hinzugefügt hat.</translation>
    </message>
    <message>
        <source>Could not read the imported rows of %1: %2</source>
        <translation>Die importierten Zeilen von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Die Transaktion konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the imported rows of %1: %2</source>
        <translation>Die importierten Zeilen von %1 konnten nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not put back the imported rows of %1: %2</source>
        <translation>Die importierten Zeilen von %1 konnten nicht wiederhergestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::BundleTask</name>
    <message>
        <source>Exporting the catalog to %1…</source>
        <translation>Katalog wird nach %1 exportiert…</translation>
    </message>
    <message>
        <source>Checking the bundle %1…</source>
        <translation>Paket %1 wird geprüft…</translation>
    </message>
    <message>
        <source>Importing the bundle %1…</source>
        <translation>Paket %1 wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CastEditor</name>
    <message>
        <source>Type part of a name to add an actor</source>
        <translation>Einen Teil des Namens eingeben, um einen Darsteller hinzuzufügen</translation>
    </message>
    <message>
        <source>Add &amp;actor:</source>
        <translation>Darsteller &amp;hinzufügen:</translation>
    </message>
    <message>
        <source>Add &amp;Character</source>
        <translation>&amp;Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Add a character without an actor</source>
        <translation>Eine Rolle ohne Darsteller hinzufügen</translation>
    </message>
    <message>
        <source>Same Actor, &amp;New Character</source>
        <translation>Gleicher Darsteller, &amp;neue Rolle</translation>
    </message>
    <message>
        <source>The selected actor plays another character too</source>
        <translation>Der ausgewählte Darsteller spielt noch eine weitere Rolle</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Bill the selected row earlier (%1)</source>
        <translation>Die ausgewählte Zeile in der Besetzungsliste nach vorn rücken (%1)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Bill the selected row later (%1)</source>
        <translation>Die ausgewählte Zeile in der Besetzungsliste nach hinten rücken (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected row (%1)</source>
        <translation>Die ausgewählte Zeile entfernen (%1)</translation>
    </message>
    <message>
        <source>Rows are in billing order. Double-click a cell or press F2 to edit it. A character may be listed without an actor, and an actor may play several characters.</source>
        <translation>Die Zeilen stehen in der Reihenfolge der Besetzungsliste. Doppelklicken Sie auf eine Zelle oder drücken Sie F2, um sie zu bearbeiten. Eine Rolle kann ohne Darsteller aufgeführt sein, und ein Darsteller kann mehrere Rollen spielen.</translation>
    </message>
    <message>
        <source>(unknown person %1)</source>
        <translation>(unbekannte Person %1)</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CastTableModel</name>
    <message>
        <source>Lead</source>
        <translation>Hauptrolle</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Nebenrolle</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Kleine Rolle</translation>
    </message>
    <message>
        <source>Cameo</source>
        <translation>Cameo</translation>
    </message>
    <message>
        <source>The character needs a name.</source>
        <translation>Die Rolle braucht einen Namen.</translation>
    </message>
    <message>
        <source>Choose an actor or name a character, or remove the row.</source>
        <translation>Wählen Sie einen Darsteller oder benennen Sie eine Rolle, oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>The role must be lead, supporting, minor or cameo, or none.</source>
        <translation>Die Rollenart muss Hauptrolle, Nebenrolle, kleine Rolle oder Cameo sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation>(kein Darsteller)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Darsteller</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rollenart</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Catalog</name>
    <message>
        <source>%1 is a folder, not a catalog file.</source>
        <translation>%1 ist ein Ordner, keine Katalogdatei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another place for the catalog.</source>
        <translation>Der Ordner %1 existiert nicht. Legen Sie ihn zuerst an oder wählen Sie einen anderen Ort für den Katalog.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be read: permission denied.</source>
        <translation>Der Katalog %1 kann nicht gelesen werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The catalog %1 is read-only. Reelkeeper needs to write to it.</source>
        <translation>Der Katalog %1 ist schreibgeschützt. Reelkeeper muss in ihn schreiben können.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Reelkeeper needs to write its catalog and journal there.</source>
        <translation>Der Ordner %1 ist schreibgeschützt. Reelkeeper muss dort seinen Katalog und dessen Journal schreiben können.</translation>
    </message>
    <message>
        <source>%1 is not a Reelkeeper catalog: it is not an SQLite database. It was not changed.</source>
        <translation>%1 ist kein Reelkeeper-Katalog: Die Datei ist keine SQLite-Datenbank. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The catalog %1 is already open in another Reelkeeper (process %2). Close it there first.</source>
        <translation>Der Katalog %1 ist bereits in einem anderen Reelkeeper geöffnet (Prozess %2). Schließen Sie ihn dort zuerst.</translation>
    </message>
    <message>
        <source>Could not lock the catalog %1: the folder is not writable.</source>
        <translation>Der Katalog %1 konnte nicht gesperrt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>%1 is not a Reelkeeper catalog, or it is damaged: %2. It was not changed.</source>
        <translation>%1 ist kein Reelkeeper-Katalog oder beschädigt: %2. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Reelkeeper catalog. It was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank einer anderen Anwendung, kein Reelkeeper-Katalog. Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Reelkeeper (schema version %2; this version knows up to %3). Update Reelkeeper to open it. It was not changed.</source>
        <translation>%1 wurde von einer neueren Version von Reelkeeper geschrieben (Schemaversion %2; diese Version kennt bis %3). Aktualisieren Sie Reelkeeper, um ihn zu öffnen. Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged: %2. Run &quot;reelkeeper --db %1 check&quot; for a full report.</source>
        <translation>Der Katalog %1 ist beschädigt: %2. Führen Sie „reelkeeper --db %1 check“ für einen vollständigen Bericht aus.</translation>
    </message>
    <message>
        <source>Could not switch the catalog %1 to write-ahead logging.</source>
        <translation>Der Katalog %1 konnte nicht auf Write-Ahead-Logging umgestellt werden.</translation>
    </message>
    <message>
        <source>Could not create the catalog %1 (%2): the folder is not writable for Reelkeeper.</source>
        <translation>Der Katalog %1 konnte nicht angelegt werden (%2): Der Ordner ist für Reelkeeper nicht beschreibbar.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (und %n weiteres Problem)</numerusform>
            <numerusform> (und %n weitere Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CatalogCheck</name>
    <message>
        <source>integrity check could not run: %1</source>
        <translation>Integritätsprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>foreign key check could not run: %1</source>
        <translation>Fremdschlüsselprüfung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>foreign key: %1 row %2 points at a missing row of %3</source>
        <translation>Fremdschlüssel: %1, Zeile %2 verweist auf eine fehlende Zeile in %3</translation>
    </message>
    <message>
        <source>media files could not be listed: %1</source>
        <translation>Mediendateien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>media: file %1 has an invalid key &quot;%2&quot;</source>
        <translation>Medien: Datei %1 hat einen ungültigen Schlüssel „%2“</translation>
    </message>
    <message>
        <source>media: file %1 is missing: %2</source>
        <translation>Medien: Datei %1 fehlt: %2</translation>
    </message>
    <message>
        <source>media: file %1 cannot be read: %2</source>
        <translation>Medien: Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>media: file %1 is damaged (its content does not match its checksum): %2</source>
        <translation>Medien: Datei %1 ist beschädigt (ihr Inhalt passt nicht zu ihrer Prüfsumme): %2</translation>
    </message>
    <message>
        <source>media: %1 is not used by the catalog</source>
        <translation>Medien: %1 wird vom Katalog nicht verwendet</translation>
    </message>
    <message>
        <source>file %1 (its users could not be listed: %2)</source>
        <translation>Datei %1 (die Einträge, die sie verwenden, konnten nicht aufgelistet werden: %2)</translation>
    </message>
    <message>
        <source>movie %1 “%2” poster</source>
        <translation>Plakat von Film %1 „%2“</translation>
    </message>
    <message>
        <source>person %1 “%2” photo</source>
        <translation>Foto von Person %1 „%2“</translation>
    </message>
    <message>
        <source>user %1 “%2” avatar</source>
        <translation>Avatar von Benutzer %1 „%2“</translation>
    </message>
    <message>
        <source>media: %1 → %2 is missing (file %3)</source>
        <translation>Medien: %1 → %2 fehlt (Datei %3)</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>mindestens %n Zeichen</numerusform>
            <numerusform>mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>&amp;Aktuelles Passwort:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>Neues Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Die beiden neuen Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CommandLine</name>
    <message>
        <source>Usage:
  reelkeeper [--db PATH]                       open the window
  reelkeeper [--db PATH] import FILE|DIR [--format auto|movies|bundle|imdb|letterboxd|tellico]
                                   [--on-duplicate skip|update|add] [--dry-run] [--strict]
  reelkeeper [--db PATH] export movies FILE.csv [--search TEXT]
  reelkeeper [--db PATH] export bundle DIR [--include-users]
  reelkeeper [--db PATH] check
  reelkeeper [--db PATH] user add|passwd|remove|list [NAME]
  reelkeeper --version | --help

Options:
  --db PATH      the catalog to use (created when it does not exist yet);
                 by default the catalog in the application data folder
  -h, --help     show this help
  -v, --version  show the version

Exit status: 0 success, 1 failure (the catalog is unchanged), 2 usage error.
</source>
        <translation>Aufruf:
  reelkeeper [--db PFAD]                       das Fenster öffnen
  reelkeeper [--db PFAD] import DATEI|ORDNER [--format auto|movies|bundle|imdb|letterboxd|tellico]
                                   [--on-duplicate skip|update|add] [--dry-run] [--strict]
  reelkeeper [--db PFAD] export movies DATEI.csv [--search TEXT]
  reelkeeper [--db PFAD] export bundle ORDNER [--include-users]
  reelkeeper [--db PFAD] check
  reelkeeper [--db PFAD] user add|passwd|remove|list [NAME]
  reelkeeper --version | --help

Optionen:
  --db PFAD      der zu verwendende Katalog (wird angelegt, wenn es ihn noch nicht gibt);
                 sonst der Katalog im Anwendungsdatenordner
  -h, --help     diese Hilfe anzeigen
  -v, --version  die Version anzeigen

Rückgabewert: 0 Erfolg, 1 Fehler (der Katalog bleibt unverändert), 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>Die Option --%1 ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>--db needs the path of a catalog file.</source>
        <translation>--db braucht den Pfad einer Katalogdatei.</translation>
    </message>
    <message>
        <source>The option --%1 belongs to a command.</source>
        <translation>Die Option --%1 gehört zu einem Befehl.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The option --%1 does not go with &quot;%2&quot;.</source>
        <translation>Die Option --%1 passt nicht zu „%2“.</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments.</source>
        <translation>„check“ nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>&quot;import&quot; takes one file or folder.</source>
        <translation>„import“ nimmt genau eine Datei oder einen Ordner.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekanntes Format „%1“; verwenden Sie eines von %2.</translation>
    </message>
    <message>
        <source>Unknown duplicate policy &quot;%1&quot;; use skip, update or add.</source>
        <translation>Unbekannte Regel für Duplikate „%1“; verwenden Sie skip, update oder add.</translation>
    </message>
    <message>
        <source>Use &quot;export movies FILE.csv&quot; or &quot;export bundle DIR&quot;.</source>
        <translation>Verwenden Sie „export movies DATEI.csv“ oder „export bundle ORDNER“.</translation>
    </message>
    <message>
        <source>--include-users goes with &quot;export bundle&quot;.</source>
        <translation>--include-users gehört zu „export bundle“.</translation>
    </message>
    <message>
        <source>--search goes with &quot;export movies&quot;.</source>
        <translation>--search gehört zu „export movies“.</translation>
    </message>
    <message>
        <source>Use &quot;user add|passwd|remove|list [NAME]&quot;.</source>
        <translation>Verwenden Sie „user add|passwd|remove|list [NAME]“.</translation>
    </message>
    <message>
        <source>&quot;user %1&quot; takes one user name.</source>
        <translation>„user %1“ nimmt genau einen Benutzernamen.</translation>
    </message>
    <message>
        <source>&quot;user list&quot; takes no user name.</source>
        <translation>„user list“ nimmt keinen Benutzernamen.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Commands</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>check: %1: %2 error(s), %3 warning(s)</source>
        <translation>Prüfung: %1: %2 Fehler, %3 Warnung(en)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available in this version yet; nothing was changed.</source>
        <translation>„%1“ ist in dieser Version noch nicht verfügbar; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was imported.</source>
        <translation>%1 existiert nicht; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>exported: %1 movies to %2</source>
        <translation>Exportiert: %1 Film(e) nach %2</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>&quot;user add&quot; reads the password from the first line of standard input, and there was none; nothing was changed.</source>
        <translation>„user add“ liest das Passwort aus der ersten Zeile der Standardeingabe, doch dort stand keines; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>added: user %1</source>
        <translation>Hinzugefügt: Benutzer %1</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Aktuelles Passwort: </translation>
    </message>
    <message>
        <source>&quot;user passwd&quot; reads the current password, then the new one, from standard input, one a line, and there was none; nothing was changed.</source>
        <translation>„user passwd“ liest erst das aktuelle, dann das neue Passwort aus der Standardeingabe, je eines pro Zeile, doch dort stand keines; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>&quot;user passwd&quot; reads the current password, then the new one, from standard input, one a line, and the new one was missing; nothing was changed.</source>
        <translation>„user passwd“ liest erst das aktuelle, dann das neue Passwort aus der Standardeingabe, je eines pro Zeile, doch das neue fehlte; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>There is no account named “%1”; nothing was changed.</source>
        <translation>Es gibt kein Konto namens „%1“; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>changed: the password of %1</source>
        <translation>Geändert: das Passwort von %1</translation>
    </message>
    <message>
        <source>removed: user %1 with their favorites</source>
        <translation>Gelöscht: Benutzer %1 samt Favoriten</translation>
    </message>
    <message>
        <source>Use &quot;user add|passwd|remove|list [NAME]&quot;.</source>
        <translation>Verwenden Sie „user add|passwd|remove|list [NAME]“.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Connection</name>
    <message>
        <source>The catalog %1 does not exist.</source>
        <translation>Der Katalog %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Could not open the catalog %1: %2</source>
        <translation>Der Katalog %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CreatedRows</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Die Transaktion konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not read the new entries: %1</source>
        <translation>Die neuen Einträge konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>“%1” is in use by other records, so it was kept.</source>
        <translation>„%1“ wird von anderen Einträgen verwendet und wurde deshalb behalten.</translation>
    </message>
    <message>
        <source>Could not put back “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Could not check whether the new entries are in use: %1</source>
        <translation>Es konnte nicht geprüft werden, ob die neuen Einträge verwendet werden: %1</translation>
    </message>
    <message>
        <source>Could not remove the new entries: %1</source>
        <translation>Die neuen Einträge konnten nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CreditPickerDialog</name>
    <message>
        <source>Add Credit</source>
        <translation>Mitwirkung hinzufügen</translation>
    </message>
    <message>
        <source>Type part of the movie&apos;s title</source>
        <translation>Einen Teil des Filmtitels eingeben</translation>
    </message>
    <message>
        <source>&amp;Movie:</source>
        <translation>&amp;Film:</translation>
    </message>
    <message>
        <source>&amp;Character:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Rollen&amp;art:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No character</source>
        <translation>Keine Rolle</translation>
    </message>
    <message>
        <source>New character…</source>
        <translation>Neue Rolle…</translation>
    </message>
    <message>
        <source>Choose a movie: type part of its title and pick it from the list.</source>
        <translation>Wählen Sie einen Film: Geben Sie einen Teil des Titels ein und wählen Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <source>Give the new character a name, or choose “No character”.</source>
        <translation>Geben Sie der neuen Rolle einen Namen oder wählen Sie „Keine Rolle“.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CsvReader</name>
    <message>
        <source>Could not read the file after line %1: %2.</source>
        <translation>Die Datei konnte nach Zeile %1 nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not read the file: it is not open.</source>
        <translation>Die Datei konnte nicht gelesen werden: Sie ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as UTF-8 and import it again.</source>
        <translation>Die Datei ist in UTF-16 kodiert. Speichern Sie sie als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte, so the file is not text.</source>
        <translation>Zeile %1 enthält ein NUL-Byte, die Datei ist also kein Text.</translation>
    </message>
    <message>
        <source>The field that starts on line %1 is longer than %2 MB.</source>
        <translation>Das Feld, das in Zeile %1 beginnt, ist länger als %2 MB.</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Das in Zeile %1 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file was read as UTF-8, but line %1 is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>Die Datei wurde als UTF-8 gelesen, aber Zeile %1 ist kein gültiges UTF-8. Speichern Sie die Datei als UTF-8 und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>The file is not text: it contains NUL bytes or other binary data.</source>
        <translation>Die Datei ist kein Text: Sie enthält NUL-Bytes oder andere Binärdaten.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::EmptyStateWidget</name>
    <message>
        <source>Your catalog is empty</source>
        <translation>Ihr Katalog ist leer</translation>
    </message>
    <message>
        <source>Start by adding your first movie, or bring a whole library in from a CSV file (a spreadsheet, IMDb, Letterboxd or Tellico export).</source>
        <translation>Fügen Sie Ihren ersten Film hinzu oder holen Sie eine ganze Sammlung aus einer CSV-Datei herein (Tabelle, Export aus IMDb, Letterboxd oder Tellico).</translation>
    </message>
    <message>
        <source>&amp;Add a Movie</source>
        <translation>Film &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import a CSV File…</source>
        <translation>CSV-Datei &amp;importieren…</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::EntityPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>Einen Teil des Namens eingeben</translation>
    </message>
    <message>
        <source>Type part of a country</source>
        <translation>Einen Teil des Landes eingeben</translation>
    </message>
    <message>
        <source>Could not read a name from the catalog: %1</source>
        <translation>Ein Name konnte nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
    <message>
        <source>Add “%1” as a new person</source>
        <translation>„%1“ als neue Person hinzufügen</translation>
    </message>
    <message>
        <source>Add “%1” as a new country</source>
        <translation>„%1“ als neues Land hinzufügen</translation>
    </message>
    <message>
        <source>Could not search for people: %1</source>
        <translation>Personen konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>Could not search for countries: %1</source>
        <translation>Länder konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” as a person: %2</source>
        <translation>„%1“ konnte nicht als Person hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not add “%1” as a country: %2</source>
        <translation>„%1“ konnte nicht als Land hinzugefügt werden: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ExportMoviesDialog</name>
    <message>
        <source>Export Movies</source>
        <translation>Filme exportieren</translation>
    </message>
    <message>
        <source>Writes the movies as a CSV movie list, which spreadsheet programs open and Reelkeeper imports again.</source>
        <translation>Schreibt die Filme als CSV-Filmliste, die Tabellenkalkulationen öffnen und Reelkeeper wieder importieren kann.</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Filme</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All movies (%Ln)</source>
        <translation>
            <numerusform>A&amp;lle Filme (%Ln)</numerusform>
            <numerusform>A&amp;lle Filme (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the movies of the current &amp;search</source>
        <translation>Nur die Filme der aktuellen &amp;Suche</translation>
    </message>
    <message numerus="yes">
        <source>Only the movies of the current &amp;search (%Ln)</source>
        <translation>
            <numerusform>Nur die Filme der aktuellen &amp;Suche (%Ln)</numerusform>
            <numerusform>Nur die Filme der aktuellen &amp;Suche (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for spreadsheet programs)</source>
        <translation>Byte-Order-Mark (&amp;BOM) voranstellen (für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read a file as UTF-8 only when it starts with this mark.</source>
        <translation>Manche Tabellenkalkulationen lesen eine Datei nur dann als UTF-8, wenn sie mit dieser Markierung beginnt.</translation>
    </message>
    <message>
        <source>movies.csv</source>
        <translation>filme.csv</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>&amp;All movies</source>
        <translation>&amp;Alle Filme</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::FavoriteCommands</name>
    <message>
        <source>Sign in to keep favorites.</source>
        <translation>Melden Sie sich an, um Favoriten zu sammeln.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n movie(s) to My Favorites</source>
        <translation>
            <numerusform>%n Film zu meinen Favoriten hinzufügen</numerusform>
            <numerusform>%n Filme zu meinen Favoriten hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n movie(s) from My Favorites</source>
        <translation>
            <numerusform>%n Film aus meinen Favoriten entfernen</numerusform>
            <numerusform>%n Filme aus meinen Favoriten entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Favorites</name>
    <message>
        <source>The favorites could not be saved: %1</source>
        <translation>Die Favoriten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The favorites could not be read from the catalog: %1</source>
        <translation>Die Favoriten konnten nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImageDownload</name>
    <message>
        <source>No address was given for the image.</source>
        <translation>Für das Bild wurde keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; Reelkeeper downloads images from http and https addresses.</source>
        <translation>„%1“ ist keine Webadresse; Reelkeeper lädt Bilder von http- und https-Adressen.</translation>
    </message>
    <message>
        <source>Reelkeeper downloads images only from http and https addresses, not from %1.</source>
        <translation>Reelkeeper lädt Bilder nur von http- und https-Adressen, nicht von %1.</translation>
    </message>
    <message>
        <source>The address %1 names no server.</source>
        <translation>Die Adresse %1 nennt keinen Server.</translation>
    </message>
    <message>
        <source>The file at %1 is %2, larger than the %3 that Reelkeeper accepts; the download was stopped.</source>
        <translation>Die Datei unter %1 ist %2 groß, größer als die %3, die Reelkeeper annimmt; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The file at %1 is larger than the %2 that Reelkeeper accepts; the download was stopped.</source>
        <translation>Die Datei unter %1 ist größer als die %2, die Reelkeeper annimmt; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The download of %1 timed out after %2 seconds without receiving data.</source>
        <translation>Der Download von %1 wurde nach %2 Sekunden ohne empfangene Daten abgebrochen.</translation>
    </message>
    <message>
        <source>The address %1 redirected more than %2 times; the download was stopped.</source>
        <translation>Die Adresse %1 hat mehr als %2-mal weitergeleitet; der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The address %1 redirected from https to an unencrypted http address, which Reelkeeper does not follow.</source>
        <translation>Die Adresse %1 hat von https auf eine unverschlüsselte http-Adresse weitergeleitet; dem folgt Reelkeeper nicht.</translation>
    </message>
    <message>
        <source>The address %1 redirected to %2, which Reelkeeper does not follow: it downloads images only from http and https addresses.</source>
        <translation>Die Adresse %1 hat auf %2 weitergeleitet; dem folgt Reelkeeper nicht: Es lädt Bilder nur von http- und https-Adressen.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>The download from %1 was refused. %2</source>
        <translation>Der Download von %1 wurde abgelehnt. %2</translation>
    </message>
    <message>
        <source>The address leads to a web page: use the address of the image itself.</source>
        <translation>Die Adresse führt zu einer Webseite: Verwenden Sie die Adresse des Bildes selbst.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>Der Server antwortete %1 für %2.</translation>
    </message>
    <message>
        <source>The download of %1 timed out after %2 seconds.</source>
        <translation>Der Download von %1 wurde nach %2 Sekunden abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Choose the CSV file to bring into the catalog.</source>
        <translation>Wählen Sie die CSV-Datei, die in den Katalog übernommen werden soll.</translation>
    </message>
    <message>
        <source>A .csv or .txt file</source>
        <translation>Eine .csv- oder .txt-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reelkeeper recognises these files by their columns:&lt;/p&gt;&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0;&quot;&gt;&lt;li&gt;its own movie list (a &lt;tt&gt;title&lt;/tt&gt; column, and any of &lt;tt&gt;release_date&lt;/tt&gt;, &lt;tt&gt;duration&lt;/tt&gt;, &lt;tt&gt;director&lt;/tt&gt;, &lt;tt&gt;country&lt;/tt&gt;, &lt;tt&gt;genres&lt;/tt&gt;, &lt;tt&gt;cast&lt;/tt&gt;, …)&lt;/li&gt;&lt;li&gt;IMDb ratings and list exports&lt;/li&gt;&lt;li&gt;Letterboxd exports: watched, ratings, diary and watchlist&lt;/li&gt;&lt;li&gt;Tellico CSV exports&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;For any other CSV file you choose what each column holds on the next page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reelkeeper erkennt diese Dateien an ihren Spalten:&lt;/p&gt;&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0;&quot;&gt;&lt;li&gt;die eigene Filmliste (eine Spalte &lt;tt&gt;title&lt;/tt&gt; und beliebige weitere wie &lt;tt&gt;release_date&lt;/tt&gt;, &lt;tt&gt;duration&lt;/tt&gt;, &lt;tt&gt;director&lt;/tt&gt;, &lt;tt&gt;country&lt;/tt&gt;, &lt;tt&gt;genres&lt;/tt&gt;, &lt;tt&gt;cast&lt;/tt&gt;, …)&lt;/li&gt;&lt;li&gt;Bewertungs- und Listenexporte aus IMDb&lt;/li&gt;&lt;li&gt;Letterboxd-Exporte: gesehene Filme, Bewertungen, Tagebuch und Watchlist&lt;/li&gt;&lt;li&gt;CSV-Exporte aus Tellico&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Bei jeder anderen CSV-Datei legen Sie auf der nächsten Seite fest, was jede Spalte enthält.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing changes in the catalog until the last step, and the whole import can be undone in one step afterwards (Edit ▸ Undo).</source>
        <translation>Bis zum letzten Schritt ändert sich nichts am Katalog, und der gesamte Import lässt sich danach in einem Schritt rückgängig machen (Bearbeiten ▸ Rückgängig).</translation>
    </message>
    <message>
        <source>Import Movies</source>
        <translation>Filme importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportFormatPage</name>
    <message>
        <source>Check the File</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>This is what Reelkeeper found in the file, and the first rows as it reads them.</source>
        <translation>Das hat Reelkeeper in der Datei erkannt; darunter die ersten Zeilen, so wie Reelkeeper sie liest.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Byte order mark:</source>
        <translation>Byte-Order-Mark (BOM):</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <source>A layout Reelkeeper does not know</source>
        <translation>Ein Aufbau, den Reelkeeper nicht kennt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Inhalt der Spalte %1</translation>
    </message>
    <message>
        <source>Choose what each column holds in the boxes under the column names; columns left at “(ignore)” are not imported.</source>
        <translation>Wählen Sie in den Feldern unter den Spaltennamen, was jede Spalte enthält; Spalten, die auf „(ignorieren)“ stehen, werden nicht importiert.</translation>
    </message>
    <message>
        <source>Choose what each column holds in the boxes under the column names. &lt;b&gt;Pick the column that holds the title to continue.&lt;/b&gt;</source>
        <translation>Wählen Sie in den Feldern unter den Spaltennamen, was jede Spalte enthält. &lt;b&gt;Wählen Sie die Spalte mit dem Titel, um fortzufahren.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportFormats</name>
    <message>
        <source>The column “%1” appears twice in the header (columns %2 and %3).</source>
        <translation>Die Spalte „%1“ kommt in der Kopfzeile zweimal vor (Spalten %2 und %3).</translation>
    </message>
    <message>
        <source>The file has no “%1” column, which %2 needs.</source>
        <translation>Die Datei hat keine Spalte „%1“, die %2 haben muss.</translation>
    </message>
    <message>
        <source>The title is missing; every movie needs one.</source>
        <translation>Der Titel fehlt; jeder Film braucht einen.</translation>
    </message>
    <message>
        <source>The release date “%1” is not in the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>Das Erscheinungsdatum „%1“ hat nicht die Form JJJJ, JJJJ-MM oder JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>The budget “%1” is not a plain number: write digits with a point before any decimals, without grouping, sign or currency (such as 1500000.50).</source>
        <translation>Das Budget „%1“ ist keine einfache Zahl: Schreiben Sie Ziffern mit einem Punkt vor etwaigen Nachkommastellen, ohne Tausendertrennzeichen, Vorzeichen oder Währung (etwa 1500000.50).</translation>
    </message>
    <message>
        <source>The year “%1” is not a year of four digits.</source>
        <translation>Das Jahr „%1“ ist keine vierstellige Jahreszahl.</translation>
    </message>
    <message>
        <source>The duration “%1” is not a whole, positive number of minutes.</source>
        <translation>Die Dauer „%1“ ist keine positive ganze Zahl von Minuten.</translation>
    </message>
    <message>
        <source>The release date “%1” is not a real date.</source>
        <translation>Das Erscheinungsdatum „%1“ ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The cast entry “%1” has more than three parts (Actor|Character|role); write a | that belongs to a name as \|.</source>
        <translation>Der Besetzungseintrag „%1“ hat mehr als drei Teile (Darsteller|Rolle|Rollenart); schreiben Sie einen senkrechten Strich, der zu einem Namen gehört, als \|.</translation>
    </message>
    <message>
        <source>A cast entry with the role “%1” names neither an actor nor a character.</source>
        <translation>Ein Besetzungseintrag mit der Rollenart „%1“ nennt weder einen Darsteller noch eine Rolle.</translation>
    </message>
    <message>
        <source>The cast role “%1” of %2 is not one of lead, supporting, minor or cameo.</source>
        <translation>Die Rollenart „%1“ von %2 ist nicht lead, supporting, minor oder cameo.</translation>
    </message>
    <message>
        <source>“%1” is a TV series, not a film; skipped.</source>
        <translation>„%1“ ist eine Fernsehserie, kein Film; übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is a TV mini series, not a film; skipped.</source>
        <translation>„%1“ ist eine Miniserie, kein Film; übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is a TV episode, not a film; skipped.</source>
        <translation>„%1“ ist eine Serienfolge, kein Film; übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is a video game, not a film; skipped.</source>
        <translation>„%1“ ist ein Videospiel, kein Film; übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is a podcast, not a film; skipped.</source>
        <translation>„%1“ ist ein Podcast, kein Film; übersprungen.</translation>
    </message>
    <message>
        <source>“%1” is not an IMDb title id (tt followed by digits).</source>
        <translation>„%1“ ist keine IMDb-Titel-ID (tt gefolgt von Ziffern).</translation>
    </message>
    <message>
        <source>The Letterboxd URI is missing.</source>
        <translation>Die Letterboxd-URI fehlt.</translation>
    </message>
    <message>
        <source>“%1” is not a Letterboxd address (https://boxd.it/… or https://letterboxd.com/…).</source>
        <translation>„%1“ ist keine Letterboxd-Adresse (https://boxd.it/… oder https://letterboxd.com/…).</translation>
    </message>
    <message>
        <source>IMDb export (legacy layout, before 2017)</source>
        <translation>IMDb-Export (alter Aufbau, vor 2017)</translation>
    </message>
    <message>
        <source>IMDb list export (current layout)</source>
        <translation>IMDb-Listenexport (aktueller Aufbau)</translation>
    </message>
    <message>
        <source>IMDb list export (older layout, without Original Title)</source>
        <translation>IMDb-Listenexport (älterer Aufbau, ohne Original Title)</translation>
    </message>
    <message>
        <source>IMDb ratings export (current layout)</source>
        <translation>IMDb-Bewertungsexport (aktueller Aufbau)</translation>
    </message>
    <message>
        <source>IMDb ratings export (older layout, without Original Title)</source>
        <translation>IMDb-Bewertungsexport (älterer Aufbau, ohne Original Title)</translation>
    </message>
    <message>
        <source>IMDb export</source>
        <translation>IMDb-Export</translation>
    </message>
    <message>
        <source>Letterboxd reviews (reviews.csv)</source>
        <translation>Letterboxd-Rezensionen (reviews.csv)</translation>
    </message>
    <message>
        <source>Letterboxd diary (diary.csv)</source>
        <translation>Letterboxd-Tagebuch (diary.csv)</translation>
    </message>
    <message>
        <source>Letterboxd ratings (ratings.csv)</source>
        <translation>Letterboxd-Bewertungen (ratings.csv)</translation>
    </message>
    <message>
        <source>Letterboxd watchlist (watchlist.csv)</source>
        <translation>Letterboxd-Watchlist (watchlist.csv)</translation>
    </message>
    <message>
        <source>Letterboxd watched films (watched.csv)</source>
        <translation>Letterboxd – gesehene Filme (watched.csv)</translation>
    </message>
    <message>
        <source>Letterboxd watched films or watchlist (watched.csv or watchlist.csv)</source>
        <translation>Letterboxd – gesehene Filme oder Watchlist (watched.csv oder watchlist.csv)</translation>
    </message>
    <message>
        <source>Reelkeeper movie list</source>
        <translation>Reelkeeper-Filmliste</translation>
    </message>
    <message>
        <source>CSV file with a column mapping</source>
        <translation>CSV-Datei mit Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Tellico CSV export</source>
        <translation>Tellico-CSV-Export</translation>
    </message>
    <message>
        <source>a movie list</source>
        <translation>eine Filmliste</translation>
    </message>
    <message>
        <source>an IMDb export</source>
        <translation>ein IMDb-Export</translation>
    </message>
    <message>
        <source>a Letterboxd export</source>
        <translation>ein Letterboxd-Export</translation>
    </message>
    <message>
        <source>a Tellico export</source>
        <translation>ein Tellico-Export</translation>
    </message>
    <message>
        <source>The column mapping names column %1, but the header has %2 columns.</source>
        <translation>Die Spaltenzuordnung nennt Spalte %1, aber die Kopfzeile hat %2 Spalten.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both mapped to “%3”; map each field from one column only.</source>
        <translation>Die Spalten „%1“ und „%2“ sind beide „%3“ zugeordnet; ordnen Sie jedes Feld nur einer Spalte zu.</translation>
    </message>
    <message>
        <source>No column is mapped to “title”; every movie needs a title.</source>
        <translation>Keine Spalte ist „title“ zugeordnet; jeder Film braucht einen Titel.</translation>
    </message>
    <message>
        <source>This row has %1 fields, but the header has %2 columns.</source>
        <translation>Diese Zeile hat %1 Felder, aber die Kopfzeile hat %2 Spalten.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportNotesModel</name>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportOptionsPage</name>
    <message>
        <source>Duplicates and Preview</source>
        <translation>Duplikate und Vorschau</translation>
    </message>
    <message>
        <source>A row describes a movie the catalog already has when its IMDb id or Letterboxd address matches, or else its title, year and director.</source>
        <translation>Eine Zeile gilt als Film, den der Katalog schon hat, wenn ihre IMDb-ID oder Letterboxd-Adresse übereinstimmt, andernfalls, wenn Titel, Jahr und Regie übereinstimmen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>When a movie is already in the catalog</source>
        <translation>Wenn ein Film schon im Katalog ist</translation>
    </message>
    <message>
        <source>&amp;Skip the row</source>
        <translation>Zeile &amp;überspringen</translation>
    </message>
    <message>
        <source>The catalog&apos;s movie stays as it is; the row is listed in the report.</source>
        <translation>Der Film im Katalog bleibt, wie er ist; die Zeile wird im Bericht aufgeführt.</translation>
    </message>
    <message>
        <source>&amp;Update the catalog&apos;s movie</source>
        <translation>Film im Katalog &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Filled cells replace what the catalog has; empty cells keep it.</source>
        <translation>Gefüllte Zellen ersetzen die Angaben im Katalog; leere Zellen lassen sie unverändert.</translation>
    </message>
    <message>
        <source>&amp;Add the row as another movie</source>
        <translation>Zeile als weiteren Film &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Every row becomes a new movie, even when the catalog has one like it.</source>
        <translation>Jede Zeile wird ein neuer Film, auch wenn der Katalog schon einen gleichen hat.</translation>
    </message>
    <message>
        <source>Dry run (nothing is changed yet)</source>
        <translation>Probelauf (noch wird nichts geändert)</translation>
    </message>
    <message>
        <source>Trying the import with this choice…</source>
        <translation>Der Import wird mit dieser Auswahl erprobt…</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>Diese Datei kann nicht importiert werden; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows that would not be imported as they are:</source>
        <translation>Die ersten %1 von %2 Zeilen, die nicht unverändert importiert würden:</translation>
    </message>
    <message>
        <source>Rows that would not be imported as they are:</source>
        <translation>Zeilen, die nicht unverändert importiert würden:</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>The catalog changes only when the whole file has been read. Cancel leaves it as it was.</source>
        <translation>Der Katalog ändert sich erst, wenn die ganze Datei gelesen ist. „Abbrechen“ lässt ihn unverändert.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 von %2 gelesen</translation>
    </message>
    <message>
        <source>Cancelling; the catalog stays as it was…</source>
        <translation>Wird abgebrochen; der Katalog bleibt unverändert…</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>Bericht &amp;speichern…</translation>
    </message>
    <message>
        <source>The import stopped; the catalog was not changed.</source>
        <translation>Der Import wurde abgebrochen; der Katalog wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Alle Zeilen wurden importiert.</translation>
    </message>
    <message>
        <source>Each row below was left out or imported without a part, with the reason.</source>
        <translation>Jede der folgenden Zeilen wurde ausgelassen oder nur teilweise importiert; der Grund steht jeweils dabei.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Bearbeiten ▸ Rückgängig nimmt den gesamten Import zurück.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportWizard</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Dauer (Minuten)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Import Movies</source>
        <translation>Filme importieren</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <source>%1 import report.txt</source>
        <translation>Importbericht %1.txt</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Der Bericht konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MainWindow</name>
    <message>
        <source>%1 — Reelkeeper</source>
        <translation>%1 — Reelkeeper</translation>
    </message>
    <message>
        <source>Opening the catalog…</source>
        <translation>Katalog wird geöffnet…</translation>
    </message>
    <message>
        <source>&amp;Add Movie…</source>
        <translation>Film &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add a movie to the catalog</source>
        <translation>Einen Film zum Katalog hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import movies from a CSV file</source>
        <translation>Filme aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Reelkeeper</source>
        <translation>Ü&amp;ber Reelkeeper</translation>
    </message>
    <message>
        <source>About Reelkeeper</source>
        <translation>Über Reelkeeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reelkeeper %1&lt;/h3&gt;&lt;p&gt;A movie catalog for archivists and collectors.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelkeeper %1&lt;/h3&gt;&lt;p&gt;Ein Filmkatalog für Archive und Sammler.&lt;/p&gt;&lt;p&gt;Katalog: %2&lt;br&gt;Schemaversion %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Movie</source>
        <translation>F&amp;ilm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&lt;b&gt;This catalog looks damaged.&lt;/b&gt; %1&lt;br&gt;Make a copy of the catalog file now, then run &lt;tt&gt;reelkeeper --db &quot;%2&quot; check&lt;/tt&gt; for a full report.</source>
        <translation>&lt;b&gt;Dieser Katalog scheint beschädigt zu sein.&lt;/b&gt; %1&lt;br&gt;Sichern Sie jetzt eine Kopie der Katalogdatei und führen Sie dann &lt;tt&gt;reelkeeper --db &quot;%2&quot; check&lt;/tt&gt; für einen vollständigen Bericht aus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movie(s)</source>
        <translation>
            <numerusform>%Ln Film</numerusform>
            <numerusform>%Ln Filme</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Search titles, people and characters</source>
        <translation>Titel, Personen und Rollen durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected movies (undo brings them back)</source>
        <translation>Die ausgewählten Filme löschen (Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Delete Movies</source>
        <translation>Filme löschen</translation>
    </message>
    <message>
        <source>%1 — undo with %2</source>
        <translation>%1 — rückgängig mit %2</translation>
    </message>
    <message>
        <source>Reelkeeper</source>
        <translation>Reelkeeper</translation>
    </message>
    <message>
        <source>&amp;Edit Movie…</source>
        <translation>Film &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected movie</source>
        <translation>Den ausgewählten Film bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;uplicate Movie</source>
        <translation>Film &amp;duplizieren</translation>
    </message>
    <message>
        <source>Add a copy of the selected movie</source>
        <translation>Eine Kopie des ausgewählten Films hinzufügen</translation>
    </message>
    <message>
        <source>Add Movie</source>
        <translation>Film hinzufügen</translation>
    </message>
    <message>
        <source>Edit Movie</source>
        <translation>Film bearbeiten</translation>
    </message>
    <message>
        <source>Duplicate Movie</source>
        <translation>Film duplizieren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the catalog&apos;s window</source>
        <translation>Das Fenster des Katalogs schließen</translation>
    </message>
    <message>
        <source>&amp;Export Movies…</source>
        <translation>Filme &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write all movies, or those of the current search, to a CSV file</source>
        <translation>Alle Filme oder die der aktuellen Suche in eine CSV-Datei schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln movie(s) from %1</source>
        <translation>
            <numerusform>%Ln Film aus %1 importiert</numerusform>
            <numerusform>%Ln Filme aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>Aus %2 importiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new movie(s)</source>
        <translation>
            <numerusform>%Ln neuer Film</numerusform>
            <numerusform>%Ln neue Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln aktualisiert</numerusform>
            <numerusform>%Ln aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln movie(s) to %1</source>
        <translation>
            <numerusform>%Ln Film nach %1 exportiert</numerusform>
            <numerusform>%Ln Filme nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import…</source>
        <translation>Import wird rückgängig gemacht oder wiederhergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>Paket e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the whole catalog with its images to a folder that imports back losslessly</source>
        <translation>Den ganzen Katalog mit seinen Bildern in einen Ordner schreiben, der sich verlustfrei wieder importieren lässt</translation>
    </message>
    <message>
        <source>Import B&amp;undle…</source>
        <translation>&amp;Paket importieren…</translation>
    </message>
    <message>
        <source>Add everything in a Reelkeeper bundle folder to this catalog</source>
        <translation>Alles aus einem Reelkeeper-Paketordner zu diesem Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Countries and &amp;Genres…</source>
        <translation>Länder und &amp;Genres…</translation>
    </message>
    <message>
        <source>Rename, merge and delete countries and genres</source>
        <translation>Länder und Genres umbenennen, zusammenführen und löschen</translation>
    </message>
    <message>
        <source>&amp;Movies</source>
        <translation>&amp;Filme</translation>
    </message>
    <message>
        <source>Browse the movies</source>
        <translation>Die Filme anzeigen</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>Browse the people: directors and actors, with their photos and filmographies</source>
        <translation>Die Personen anzeigen: Regisseure und Darsteller, mit ihren Fotos und Filmografien</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>&amp;Person hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person with a photo gallery and credits</source>
        <translation>Eine Person mit Fotogalerie und Mitwirkungen hinzufügen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation>Personen löschen</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln person(s) — undo with %1</source>
        <translation>
            <numerusform>%Ln Person gelöscht — rückgängig mit %1</numerusform>
            <numerusform>%Ln Personen gelöscht — rückgängig mit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bundle: Choose Where to Put It</source>
        <translation>Paket exportieren: Speicherort wählen</translation>
    </message>
    <message>
        <source>Reelkeeper bundle %1</source>
        <translation>Reelkeeper-Paket %1</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>%1 is not a Reelkeeper bundle: it has no manifest.json.

To import a CSV file, use File › Import….</source>
        <translation>%1 ist kein Reelkeeper-Paket: Es enthält keine manifest.json.

Um eine CSV-Datei zu importieren, verwenden Sie Datei › Importieren….</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Paket exportieren</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln movie(s) with %1 images to %2</source>
        <translation>
            <numerusform>%Ln Film mit %1 Bild(ern) nach %2 exportiert</numerusform>
            <numerusform>%Ln Filme mit %1 Bild(ern) nach %2 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing or redoing the bundle import…</source>
        <translation>Paketimport wird rückgängig gemacht oder wiederhergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln movie(s) from the bundle</source>
        <translation>
            <numerusform>%Ln Film aus dem Paket importiert</numerusform>
            <numerusform>%Ln Filme aus dem Paket importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 already in the catalog)</source>
        <translation>%1 (%2 davon bereits im Katalog)</translation>
    </message>
    <message>
        <source>%1 movies</source>
        <translation>%1 Filme</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 Rollen</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 Länder</translation>
    </message>
    <message>
        <source>%1 genres</source>
        <translation>%1 Genres</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 Bilder</translation>
    </message>
    <message>
        <source>%1 user accounts</source>
        <translation>%1 Benutzerkonten</translation>
    </message>
    <message>
        <source>The bundle %1 is whole and can be imported. It holds:</source>
        <translation>Das Paket %1 ist vollständig und kann importiert werden. Es enthält:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>The catalog is empty, so the records keep their numbers.</source>
        <translation>Der Katalog ist leer, daher behalten die Datensätze ihre Nummern.</translation>
    </message>
    <message>
        <source>The records get new numbers in this catalog.</source>
        <translation>Die Datensätze erhalten in diesem Katalog neue Nummern.</translation>
    </message>
    <message>
        <source>Undo removes the import again.</source>
        <translation>„Rückgängig“ entfernt den Import wieder.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>The bundle export is still running. Stop it and close?</source>
        <translation>Der Paketexport läuft noch. Abbrechen und schließen?</translation>
    </message>
    <message>
        <source>The bundle import is still running. Stop it (nothing is imported) and close?</source>
        <translation>Der Paketimport läuft noch. Abbrechen (es wird nichts importiert) und schließen?</translation>
    </message>
    <message>
        <source>&amp;Favorite</source>
        <translation>&amp;Favorit</translation>
    </message>
    <message>
        <source>Add the selected movies to your favorites, or take them out</source>
        <translation>Die ausgewählten Filme zu Ihren Favoriten hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <source>My &amp;Favorites</source>
        <translation>&amp;Meine Favoriten</translation>
    </message>
    <message>
        <source>Show only the movies in your favorites</source>
        <translation>Nur die Filme aus Ihren Favoriten zeigen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>%1 — %2 — Reelkeeper</source>
        <translation>%1 — %2 — Reelkeeper</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoriten</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MediaStore</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Im Katalog konnte keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not list the catalog&apos;s media files: %1</source>
        <translation>Die Mediendateien des Katalogs konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB); Reelkeeper accepts images of at most %2 MB.</source>
        <translation>Das Bild ist zu groß (%1 MB); Reelkeeper nimmt Bilder bis höchstens %2 MB an.</translation>
    </message>
    <message>
        <source>The file is empty; it is not an image.</source>
        <translation>Die Datei ist leer; sie ist kein Bild.</translation>
    </message>
    <message>
        <source>This is not an image Reelkeeper accepts (JPEG, PNG, WebP or GIF).</source>
        <translation>Dies ist kein Bild, das Reelkeeper annimmt (JPEG, PNG, WebP oder GIF).</translation>
    </message>
    <message>
        <source>%1 images cannot be read on this computer: Qt&apos;s image plugin for %1 is not installed.</source>
        <translation>%1-Bilder können auf diesem Computer nicht gelesen werden: Das Qt-Bildmodul für %1 ist nicht installiert.</translation>
    </message>
    <message>
        <source>The %1 image is incomplete: the file was cut short or is damaged.</source>
        <translation>Das %1-Bild ist unvollständig: Die Datei wurde abgeschnitten oder ist beschädigt.</translation>
    </message>
    <message>
        <source>The %1 image cannot be read: %2</source>
        <translation>Das %1-Bild kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels, more than Reelkeeper accepts (%3 million pixels at most). It was refused, as it could exhaust the computer&apos;s memory.</source>
        <translation>Das Bild hat %1 x %2 Pixel, mehr als Reelkeeper annimmt (höchstens %3 Millionen Pixel). Es wurde abgelehnt, weil es den Arbeitsspeicher des Computers erschöpfen könnte.</translation>
    </message>
    <message>
        <source>The %1 image is damaged and cannot be decoded: %2</source>
        <translation>Das %1-Bild ist beschädigt und kann nicht dekodiert werden: %2</translation>
    </message>
    <message>
        <source>Could not store the image: its name &quot;%1&quot; is not a media name.</source>
        <translation>Das Bild konnte nicht gespeichert werden: Sein Name „%1“ ist kein Medienname.</translation>
    </message>
    <message>
        <source>Could not store the image: %1 is a symbolic link; the media folder must hold its files itself.</source>
        <translation>Das Bild konnte nicht gespeichert werden: %1 ist ein symbolischer Link; der Medienordner muss seine Dateien selbst enthalten.</translation>
    </message>
    <message>
        <source>Could not create the media folder %1.</source>
        <translation>Der Medienordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write the image %1: %2</source>
        <translation>Das Bild %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.</source>
        <translation>Die Datei %1 ist zu groß (%2 MB); Reelkeeper nimmt Bilder bis höchstens %3 MB an.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file %1 was not added: %2</source>
        <translation>Die Datei %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Could not look up the image in the catalog: %1</source>
        <translation>Das Bild konnte im Katalog nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>Could not record the image in the catalog: %1</source>
        <translation>Das Bild konnte nicht im Katalog eingetragen werden: %1</translation>
    </message>
    <message>
        <source>Could not look up media file %1: %2</source>
        <translation>Mediendatei %1 konnte nicht gesucht werden: %2</translation>
    </message>
    <message>
        <source>The catalog has no media file %1.</source>
        <translation>Der Katalog hat keine Mediendatei %1.</translation>
    </message>
    <message>
        <source>Could not remove media file %1: %2</source>
        <translation>Mediendatei %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Could not list unused media files: %1</source>
        <translation>Unbenutzte Mediendateien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not remove unused media files: %1</source>
        <translation>Unbenutzte Mediendateien konnten nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>its header is damaged.</source>
        <translation>sein Dateikopf ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Migrator</name>
    <message>
        <source>This catalog was written by a newer version of Reelkeeper (schema version %1; this version knows up to %2). Update Reelkeeper to open it; the catalog was not changed.</source>
        <translation>Dieser Katalog wurde von einer neueren Version von Reelkeeper geschrieben (Schemaversion %1; diese Version kennt bis %2). Aktualisieren Sie Reelkeeper, um ihn zu öffnen; der Katalog wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not upgrade the catalog to schema version %1 (%2): %3. The catalog was left as it was.</source>
        <translation>Der Katalog konnte nicht auf Schemaversion %1 aktualisiert werden (%2): %3. Der Katalog blieb unverändert.</translation>
    </message>
    <message>
        <source>it leaves rows of %1 pointing at missing rows</source>
        <translation>sie hinterlässt Zeilen in %1, die auf fehlende Zeilen verweisen</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieBrowser</name>
    <message>
        <source>Movies</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Plakate</translation>
    </message>
    <message>
        <source>Search titles, people and characters</source>
        <translation>Titel, Personen und Rollen durchsuchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Jahrzehnt</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Only movies whose director, country or genres are missing</source>
        <translation>Nur Filme, bei denen Regie, Land oder Genres fehlen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the movies as a table (Ctrl+1)</source>
        <translation>Die Filme als Tabelle zeigen (Strg+1)</translation>
    </message>
    <message>
        <source>Show the movies as a grid of posters (Ctrl+2)</source>
        <translation>Die Filme als Plakatraster zeigen (Strg+2)</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Alle Genres</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Jedes Jahr</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>%1er</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movie(s)</source>
        <translation>
            <numerusform>%Ln Film</numerusform>
            <numerusform>%Ln Filme</numerusform>
        </translation>
    </message>
    <message>
        <source>No movies match these filters.</source>
        <translation>Keine Filme passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No movies match “%1”.
Search looks in titles, people and characters.</source>
        <translation>Keine Filme passen zu „%1“.
Die Suche durchsucht Titel, Personen und Rollen.</translation>
    </message>
    <message>
        <source>My favorites</source>
        <translation>Meine Favoriten</translation>
    </message>
    <message>
        <source>Only the movies in your favorites</source>
        <translation>Nur die Filme aus Ihren Favoriten</translation>
    </message>
    <message>
        <source>No favorites yet.
Click the heart of a movie to add it here.</source>
        <translation>Noch keine Favoriten.
Klicken Sie auf das Herz eines Films, um ihn hier hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieCommands</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n movie(s)</source>
        <translation>
            <numerusform>%n Film löschen</numerusform>
            <numerusform>%n Filme löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Die Transaktion konnte nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Could not undo the import: %1</source>
        <translation>Der Import konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Could not redo the import: %1</source>
        <translation>Der Import konnte nicht wiederholt werden: %1</translation>
    </message>
    <message>
        <source>Import bundle “%1”</source>
        <translation>Paket „%1“ importieren</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieDetailPane</name>
    <message>
        <source>The movie could not be read from the catalog: %1</source>
        <translation>Der Film konnte nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit this movie</source>
        <translation>Diesen Film bearbeiten</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Besetzung</translation>
    </message>
    <message>
        <source>No genres</source>
        <translation>Keine Genres</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Release date, running time and country</source>
        <translation>Erscheinungsdatum, Laufzeit und Land</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Select a movie to see its details</source>
        <translation>Wählen Sie einen Film, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>This movie is no longer in the catalog</source>
        <translation>Dieser Film ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>running time</comment>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Kein Land</translation>
    </message>
    <message>
        <source>Directed by %1</source>
        <translation>Regie: %1</translation>
    </message>
    <message>
        <source>Unknown director</source>
        <translation>Regie unbekannt</translation>
    </message>
    <message>
        <source>— %1</source>
        <comment>a character nobody plays</comment>
        <translation>— %1</translation>
    </message>
    <message>
        <source>— %1 (%2)</source>
        <comment>a character nobody plays, and the role</comment>
        <translation>— %1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>actor — character</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <comment>actor — character (role)</comment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Unknown person</source>
        <translation>Unbekannte Person</translation>
    </message>
    <message>
        <source>lead</source>
        <comment>character role</comment>
        <translation>Hauptrolle</translation>
    </message>
    <message>
        <source>supporting</source>
        <comment>character role</comment>
        <translation>Nebenrolle</translation>
    </message>
    <message>
        <source>minor</source>
        <comment>character role</comment>
        <translation>kleine Rolle</translation>
    </message>
    <message>
        <source>cameo</source>
        <comment>character role</comment>
        <translation>Cameo</translation>
    </message>
    <message>
        <source>In My Favorites</source>
        <translation>In meinen Favoriten</translation>
    </message>
    <message>
        <source>Add to My Favorites</source>
        <translation>Zu meinen Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Remove this movie from your favorites</source>
        <translation>Diesen Film aus Ihren Favoriten entfernen</translation>
    </message>
    <message>
        <source>Add this movie to your favorites</source>
        <translation>Diesen Film zu Ihren Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>1 person loves this</source>
        <translation>1 Person liebt diesen Film</translation>
    </message>
    <message numerus="yes">
        <source>%n people love this</source>
        <comment>how many users have the movie among their favorites</comment>
        <translation>
            <numerusform>%n Person liebt diesen Film</numerusform>
            <numerusform>%n Personen lieben diesen Film</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieEditorDialog</name>
    <message>
        <source>Add Movie</source>
        <translation>Film hinzufügen</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* Pflichtfeld</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>1972, 1972-03 or 1972-03-24</source>
        <translation>1972, 1972-03 oder 1972-03-24</translation>
    </message>
    <message>
        <source>&amp;Release date:</source>
        <translation>&amp;Erscheinungsdatum:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>1500000.50</source>
        <translation>1500000.50</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Di&amp;rector:</source>
        <translation>&amp;Regie:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Filter genres</source>
        <translation>Genres filtern</translation>
    </message>
    <message>
        <source>New genre</source>
        <translation>Neues Genre</translation>
    </message>
    <message>
        <source>&amp;Add Genre</source>
        <translation>Genre hin&amp;zufügen</translation>
    </message>
    <message>
        <source>&amp;Genres:</source>
        <translation>&amp;Genres:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>Be&amp;schreibung:</translation>
    </message>
    <message>
        <source>Drop an image here, or paste one with %1.</source>
        <translation>Ein Bild hierher ziehen oder mit %1 einfügen.</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>From A&amp;ddress…</source>
        <translation>Von &amp;Adresse…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Choose a Poster</source>
        <translation>Plakat wählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif);;All Files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Poster From Address</source>
        <translation>Plakat von Adresse</translation>
    </message>
    <message>
        <source>Address of the image (http or https):</source>
        <translation>Adresse des Bildes (http oder https):</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Could not read the genres: %1</source>
        <translation>Die Genres konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not add the genre “%1”: %2</source>
        <translation>Das Genre „%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>No poster</source>
        <translation>Kein Plakat</translation>
    </message>
    <message>
        <source>The poster cannot be found in the catalog.</source>
        <translation>Das Plakat ist nicht im Katalog zu finden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The poster cannot be shown.</source>
        <translation>Das Plakat kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.</source>
        <translation>„%1“ ist zu groß (%2 MB); Reelkeeper nimmt Bilder bis höchstens %3 MB an.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” was not used as the poster. %2</source>
        <translation>„%1“ wurde nicht als Plakat verwendet. %2</translation>
    </message>
    <message>
        <source>The image is empty; nothing was used as the poster.</source>
        <translation>Das Bild ist leer; nichts wurde als Plakat verwendet.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG; nothing was used as the poster.</source>
        <translation>Das Bild konnte nicht in PNG umgewandelt werden; nichts wurde als Plakat verwendet.</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Downloading the poster from %1…</source>
        <translation>Plakat wird von %1 heruntergeladen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>Ca&amp;st</source>
        <translation>Be&amp;setzung</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieExport</name>
    <message>
        <source>Could not read the movies to export: %1</source>
        <translation>Die zu exportierenden Filme konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieImport</name>
    <message>
        <source>Could not prepare the import: %1</source>
        <translation>Der Import konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The poster %1 was left out: no media folder.</source>
        <translation>Das Plakat %1 wurde ausgelassen: Es gibt keinen Medienordner.</translation>
    </message>
    <message>
        <source>The poster %1 was not downloaded; the movie was imported without it.</source>
        <translation>Das Plakat %1 wurde nicht heruntergeladen; der Film wurde ohne Plakat importiert.</translation>
    </message>
    <message>
        <source>The poster was left out: %1</source>
        <translation>Das Plakat wurde ausgelassen: %1</translation>
    </message>
    <message>
        <source>The poster %1 could not be read (%2); the movie was imported without it.</source>
        <translation>Das Plakat %1 konnte nicht gelesen werden (%2); der Film wurde ohne Plakat importiert.</translation>
    </message>
    <message>
        <source>The poster %1 is too large; the movie was imported without it.</source>
        <translation>Das Plakat %1 ist zu groß; der Film wurde ohne Plakat importiert.</translation>
    </message>
    <message>
        <source>The poster %1 would be left out: %2</source>
        <translation>Das Plakat %1 würde ausgelassen: %2</translation>
    </message>
    <message>
        <source>The poster %1 was left out: %2</source>
        <translation>Das Plakat %1 wurde ausgelassen: %2</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>„%1“ wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>“%1” is in the catalog already (movie %2); skipped.</source>
        <translation>„%1“ ist bereits im Katalog (Film %2); übersprungen.</translation>
    </message>
    <message>
        <source>“%1” (%2) is in the catalog already (movie %3); skipped.</source>
        <translation>„%1“ (%2) ist bereits im Katalog (Film %3); übersprungen.</translation>
    </message>
    <message>
        <source>Could not index the imported movies for search: %1</source>
        <translation>Die importierten Filme konnten nicht für die Suche indiziert werden: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Der Import wurde abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>would import: %1 added, %2 updated, %3 skipped, %4 errors</source>
        <translation>Der Import würde ergeben: %1 hinzugefügt, %2 aktualisiert, %3 übersprungen, %4 Fehler</translation>
    </message>
    <message>
        <source>imported: %1 added, %2 updated, %3 skipped, %4 errors</source>
        <translation>Importiert: %1 hinzugefügt, %2 aktualisiert, %3 übersprungen, %4 Fehler</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Die Datei hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation>Der Import konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Nothing was imported (--strict).</source>
        <translation>Es wurde nichts importiert (--strict).</translation>
    </message>
    <message>
        <source>Could not save the import: %1</source>
        <translation>Der Import konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The header row is not one Reelkeeper knows (no title column). Import it in the window to map its columns, or name one column &quot;title&quot;.</source>
        <translation>Reelkeeper kennt diese Kopfzeile nicht (keine Spalte title). Importieren Sie die Datei im Fenster, um ihre Spalten zuzuordnen, oder nennen Sie eine Spalte „title“.</translation>
    </message>
    <message>
        <source>CSV file with a column mapping</source>
        <translation>CSV-Datei mit Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Could not add the person %1: %2</source>
        <translation>Die Person %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not add “%1”: %2</source>
        <translation>„%1“ konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Die Suche nach Duplikaten ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not replace the genres: %1</source>
        <translation>Die Genres konnten nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>Could not add the genre %1: %2</source>
        <translation>Das Genre %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not replace the cast: %1</source>
        <translation>Die Besetzung konnte nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <source>Could not add the character %1: %2</source>
        <translation>Die Figur %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not add the actor %1: %2</source>
        <translation>Der Darsteller %1 konnte nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>Could not record where the movie comes from: %1</source>
        <translation>Die Herkunft des Films konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The poster %1 could not be read (%2); the movie would be imported without it.</source>
        <translation>Das Plakat %1 konnte nicht gelesen werden (%2); der Film würde ohne Plakat importiert.</translation>
    </message>
    <message>
        <source>The poster %1 is too large; the movie would be imported without it.</source>
        <translation>Das Plakat %1 ist zu groß; der Film würde ohne Plakat importiert.</translation>
    </message>
    <message>
        <source>Could not remove what a refused row added: %1</source>
        <translation>Was eine abgelehnte Zeile hinzugefügt hat, konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>In your favorites: click to remove</source>
        <translation>In Ihren Favoriten: zum Entfernen klicken</translation>
    </message>
    <message>
        <source>Click to add to your favorites</source>
        <translation>Zum Hinzufügen zu Ihren Favoriten klicken</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieRecords</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>There is no movie %1 in the catalog.</source>
        <translation>Im Katalog gibt es keinen Film %1.</translation>
    </message>
    <message>
        <source>The movie could not be read from the catalog: %1</source>
        <translation>Der Film konnte nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Im Katalog konnte keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Die Änderungen konnten nicht in den Katalog geschrieben werden: %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved because a person, genre, country or poster it refers to is not in the catalog.</source>
        <translation>„%1“ konnte nicht gespeichert werden, weil eine Person, ein Genre, ein Land oder ein Plakat, auf das er verweist, nicht im Katalog ist.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>“%1” could not be put back because a person, genre, country, poster or user it refers to is no longer in the catalog.</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden, weil eine Person, ein Genre, ein Land, ein Plakat oder ein Benutzer, auf das er verweist, nicht mehr im Katalog ist.</translation>
    </message>
    <message>
        <source>“%1” could not be put back because the catalog has changed since it was deleted: one of its records has been taken by another entry.</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden, weil sich der Katalog seit dem Löschen geändert hat: Einer seiner Datensätze wurde von einem anderen Eintrag belegt.</translation>
    </message>
    <message>
        <source>“%1” could not be put back: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>The movies could not be deleted: %1</source>
        <translation>Die Filme konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved: a cast entry names a character the movie does not have.</source>
        <translation>„%1“ konnte nicht gespeichert werden: Ein Besetzungseintrag nennt eine Rolle, die der Film nicht hat.</translation>
    </message>
    <message>
        <source>Enter a title: every movie needs one.</source>
        <translation>Geben Sie einen Titel ein: Jeder Film braucht einen.</translation>
    </message>
    <message>
        <source>Use a year (1972), a month (1972-03) or a day (1972-03-24).</source>
        <translation>Verwenden Sie ein Jahr (1972), einen Monat (1972-03) oder einen Tag (1972-03-24).</translation>
    </message>
    <message>
        <source>“%1” is not a real date. %2</source>
        <translation>„%1“ ist kein gültiges Datum. %2</translation>
    </message>
    <message>
        <source>The budget is too long: use at most %1 characters.</source>
        <translation>Das Budget ist zu lang: Verwenden Sie höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>Write the budget as a plain number with a point before any decimals, such as 1500000 or 1500000.50, without leading zeros, signs, spaces, separators or currency.</source>
        <translation>Schreiben Sie das Budget als einfache Zahl mit einem Punkt vor etwaigen Nachkommastellen, etwa 1500000 oder 1500000.50, ohne führende Nullen, Vorzeichen, Leerzeichen, Trennzeichen oder Währung.</translation>
    </message>
    <message>
        <source>Give the duration in whole minutes, from 1 to %1.</source>
        <translation>Geben Sie die Dauer in ganzen Minuten an, von 1 bis %1.</translation>
    </message>
    <message>
        <source>Character %1 needs a name.</source>
        <translation>Rolle %1 braucht einen Namen.</translation>
    </message>
    <message>
        <source>The role of character %1 must be lead, supporting, minor or cameo, or left empty.</source>
        <translation>Die Art der Rolle %1 muss lead, supporting, minor oder cameo sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>Cast entry %1 needs an actor.</source>
        <translation>Besetzungseintrag %1 braucht einen Darsteller.</translation>
    </message>
    <message>
        <source>Cast entry %1 names a character that is not among the movie&apos;s characters; choose one of them or none.</source>
        <translation>Besetzungseintrag %1 nennt eine Rolle, die nicht zu den Rollen des Films gehört; wählen Sie eine davon oder keine.</translation>
    </message>
    <message>
        <source>“%1” has changed in the catalog since it was opened. Open it again and repeat the edit.</source>
        <translation>„%1“ wurde im Katalog geändert, seit er geöffnet wurde. Öffnen Sie ihn erneut und wiederholen Sie die Änderung.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>“%1” could not be put back because another movie has taken its place in the catalog since it was deleted.</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden, weil seit dem Löschen ein anderer Film seinen Platz im Katalog eingenommen hat.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieSearch</name>
    <message>
        <source>Could not count the movies: %1</source>
        <translation>Die Filme konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Could not search the movies: %1</source>
        <translation>Die Filme konnten nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::NewAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Each person who shares this catalog can have an account with their own favorites.</source>
        <translation>Jede Person, die diesen Katalog mitbenutzt, kann ein Konto mit eigenen Favoriten haben.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PeopleBrowser</name>
    <message>
        <source>Search people by name</source>
        <translation>Personen nach Namen suchen</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen suchen</translation>
    </message>
    <message>
        <source>Acting</source>
        <translation>Darsteller</translation>
    </message>
    <message>
        <source>Only people listed in the cast of a movie</source>
        <translation>Nur Personen, die in der Besetzung eines Films stehen</translation>
    </message>
    <message>
        <source>Only actors</source>
        <translation>Nur Darsteller</translation>
    </message>
    <message>
        <source>Directing</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Only people who direct a movie</source>
        <translation>Nur Personen, die bei einem Film Regie führen</translation>
    </message>
    <message>
        <source>Only directors</source>
        <translation>Nur Regisseure</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <source>Only people without a photo</source>
        <translation>Nur Personen ohne Foto</translation>
    </message>
    <message>
        <source>No birth date</source>
        <translation>Kein Geburtsdatum</translation>
    </message>
    <message>
        <source>Only people whose date of birth is unknown</source>
        <translation>Nur Personen, deren Geburtsdatum unbekannt ist</translation>
    </message>
    <message>
        <source>Only people without a birth date</source>
        <translation>Nur Personen ohne Geburtsdatum</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>New Person…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <source>Add a person to the catalog</source>
        <translation>Eine Person zum Katalog hinzufügen</translation>
    </message>
    <message>
        <source>Add a Person…</source>
        <translation>Person hinzufügen…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Jedes Geschlecht</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Nichtbinär</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>gender</comment>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln Treffer</numerusform>
            <numerusform>%Ln Treffer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>Niemand passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Search looks in first and last names.</source>
        <translation>Niemand passt zu „%1“.
Die Suche durchsucht Vor- und Nachnamen.</translation>
    </message>
    <message>
        <source>No people yet.
People appear here when you add them, or when you add directors and cast to movies.</source>
        <translation>Noch keine Personen.
Personen erscheinen hier, wenn Sie sie hinzufügen oder wenn Sie bei Filmen Regie und Besetzung eintragen.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PeopleListModel</name>
    <message>
        <source>%1
born %2</source>
        <translation>%1
geb. %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PeopleSearch</name>
    <message>
        <source>Could not count the people: %1</source>
        <translation>Die Personen konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Could not search for people: %1</source>
        <translation>Personen konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <source>Could not read people from the catalog: %1</source>
        <translation>Personen konnten nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
    <message>
        <source>The person could not be read from the catalog: %1</source>
        <translation>Die Person konnte nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
    <message>
        <source>The filmography could not be read from the catalog: %1</source>
        <translation>Die Filmografie konnte nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonCommands</name>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Im Katalog konnte keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Die Änderungen konnten nicht in den Katalog geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>„%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>%n Person löschen</numerusform>
            <numerusform>%n Personen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonDetailPane</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation>Diese Person bearbeiten</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Geboren:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Geschlecht:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Filmography</source>
        <translation>Filmografie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Mitwirkung</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Select a person to see their details</source>
        <translation>Wählen Sie eine Person, um ihre Details zu sehen</translation>
    </message>
    <message>
        <source>This person is no longer in the catalog</source>
        <translation>Diese Person ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Cast, no character named</source>
        <translation>Besetzung, keine Rolle genannt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>character (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No movies in the catalog</source>
        <translation>Keine Filme im Katalog</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Nichtbinär</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>gender</comment>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>lead</source>
        <comment>character role</comment>
        <translation>Hauptrolle</translation>
    </message>
    <message>
        <source>supporting</source>
        <comment>character role</comment>
        <translation>Nebenrolle</translation>
    </message>
    <message>
        <source>minor</source>
        <comment>character role</comment>
        <translation>kleine Rolle</translation>
    </message>
    <message>
        <source>cameo</source>
        <comment>character role</comment>
        <translation>Cameo</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonEditorDialog</name>
    <message>
        <source>Lead</source>
        <translation>Hauptrolle</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Nebenrolle</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Kleine Rolle</translation>
    </message>
    <message>
        <source>Cameo</source>
        <translation>Cameo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>1949, 1949-10 or 1949-10-08</source>
        <translation>1949, 1949-10 oder 1949-10-08</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Nichtbinär</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>Ge&amp;schlecht:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Bi&amp;ography:</source>
        <translation>&amp;Biografie:</translation>
    </message>
    <message>
        <source>Movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rollenart</translation>
    </message>
    <message>
        <source>&amp;Add Credit…</source>
        <translation>Mitwirkung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove Credit</source>
        <translation>Mitwirkung &amp;entfernen</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Deta&amp;ils</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Fotos</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>&amp;Mitwirkungen</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Neue Person</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Directed; change the director in the movie&apos;s editor.</source>
        <translation>Regie geführt; die Regie ändern Sie im Bearbeitungsdialog des Films.</translation>
    </message>
    <message>
        <source>(no character)</source>
        <translation>(keine Rolle)</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>„%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people?</source>
        <translation>
            <numerusform>%n Person löschen?</numerusform>
            <numerusform>%n Personen löschen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s) will have no director.</source>
        <translation>
            <numerusform>Bei %n Film fehlt danach die Regie.</numerusform>
            <numerusform>Bei %n Filmen fehlt danach die Regie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cast entry(s) in %1 will go; their characters stay, without an actor.</source>
        <translation>
            <numerusform>%n Besetzungseintrag in %1 entfällt; die Rolle bleibt ohne Darsteller erhalten.</numerusform>
            <numerusform>%n Besetzungseinträge in %1 entfallen; ihre Rollen bleiben ohne Darsteller erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n Film</numerusform>
            <numerusform>%n Filmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) will be removed.</source>
        <translation>
            <numerusform>%n Foto wird entfernt.</numerusform>
            <numerusform>%n Fotos werden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Sie können dies mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation>Personen löschen</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonRecords</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>The person could not be read from the catalog: %1</source>
        <translation>Die Person konnte nicht aus dem Katalog gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no person %1 in the catalog.</source>
        <translation>Im Katalog gibt es keine Person %1.</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Im Katalog konnte keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Die Änderungen konnten nicht in den Katalog geschrieben werden: %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved because a country, movie, character or image it refers to is no longer in the catalog.</source>
        <translation>„%1“ konnte nicht gespeichert werden, weil ein Land, ein Film, eine Rolle oder ein Bild, auf das verwiesen wird, nicht mehr im Katalog ist.</translation>
    </message>
    <message>
        <source>“%1” could not be saved because the catalog has changed meanwhile: one of its records has been taken by another entry.</source>
        <translation>„%1“ konnte nicht gespeichert werden, weil sich der Katalog inzwischen geändert hat: Einer der Datensätze wurde von einem anderen Eintrag belegt.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The photo “%1” is not an image of the catalog&apos;s media folder.</source>
        <translation>Das Foto „%1“ ist kein Bild aus dem Medienordner des Katalogs.</translation>
    </message>
    <message>
        <source>The people could not be deleted: %1</source>
        <translation>Die Personen konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>“%1” could not be put back because another person has taken its place in the catalog.</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden, weil inzwischen eine andere Person diesen Platz im Katalog einnimmt.</translation>
    </message>
    <message numerus="yes">
        <source>directs %n movie(s)</source>
        <translation>
            <numerusform>führt bei %n Film Regie</numerusform>
            <numerusform>führt bei %n Filmen Regie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n Film</numerusform>
            <numerusform>%n Filmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plays %n character(s) in %1</source>
        <translation>
            <numerusform>spielt %n Rolle in %1</numerusform>
            <numerusform>spielt %n Rollen in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>acts in %1</source>
        <translation>spielt in %1 mit</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a first or a last name: every person needs one.</source>
        <translation>Geben Sie einen Vor- oder Nachnamen ein: Jede Person braucht einen.</translation>
    </message>
    <message>
        <source>Use a year (1972), a month (1972-03) or a day (1972-03-24).</source>
        <translation>Verwenden Sie ein Jahr (1972), einen Monat (1972-03) oder einen Tag (1972-03-24).</translation>
    </message>
    <message>
        <source>“%1” is not a real date. %2</source>
        <translation>„%1“ ist kein gültiges Datum. %2</translation>
    </message>
    <message>
        <source>The gender must be female, male, non-binary, other or unknown.</source>
        <translation>Das Geschlecht muss weiblich, männlich, nichtbinär, anderes oder unbekannt sein.</translation>
    </message>
    <message>
        <source>Only one photo can be the primary photo.</source>
        <translation>Nur ein Foto kann das Hauptfoto sein.</translation>
    </message>
    <message>
        <source>The photo “%1” is not an image of the catalog.</source>
        <translation>Das Foto „%1“ ist kein Bild des Katalogs.</translation>
    </message>
    <message>
        <source>Credit %1 needs a movie.</source>
        <translation>Mitwirkung %1 braucht einen Film.</translation>
    </message>
    <message>
        <source>The role in credit %1 must be lead, supporting, minor or cameo, or left empty.</source>
        <translation>Die Rollenart in Mitwirkung %1 muss lead, supporting, minor oder cameo sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>“%1” has changed in the catalog since it was opened. Open it again and repeat the edit.</source>
        <translation>„%1“ wurde im Katalog geändert, seit der Eintrag geöffnet wurde. Öffnen Sie ihn erneut und wiederholen Sie die Änderung.</translation>
    </message>
    <message>
        <source>“%1” is too large; Reelkeeper accepts images of at most %2 MB.</source>
        <translation>„%1“ ist zu groß; Reelkeeper nimmt Bilder bis höchstens %2 MB an.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” was not added. %2</source>
        <translation>„%1“ wurde nicht hinzugefügt. %2</translation>
    </message>
    <message>
        <source>There is no photo %1 in the catalog.</source>
        <translation>Im Katalog gibt es kein Foto %1.</translation>
    </message>
    <message>
        <source>Choose a movie for the credit.</source>
        <translation>Wählen Sie einen Film für die Mitwirkung.</translation>
    </message>
    <message>
        <source>The role must be lead, supporting, minor or cameo, or left empty.</source>
        <translation>Die Rollenart muss lead, supporting, minor oder cameo sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>The credit could not be added: %1</source>
        <translation>Die Mitwirkung konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>The credit could not be removed: %1</source>
        <translation>Die Mitwirkung konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>There is no credit %1 in the catalog.</source>
        <translation>Im Katalog gibt es keine Mitwirkung %1.</translation>
    </message>
    <message>
        <source>The movies could not be searched: %1</source>
        <translation>Die Filme konnten nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PhotoGallery</name>
    <message>
        <source>Drop images here, or paste one with %1.</source>
        <translation>Bilder hierher ziehen oder eines mit %1 einfügen.</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <source>Paste Photo</source>
        <translation>Foto einfügen</translation>
    </message>
    <message>
        <source>Add &amp;Photos…</source>
        <translation>Fotos hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add from &amp;Address…</source>
        <translation>Von &amp;Adresse hinzufügen…</translation>
    </message>
    <message>
        <source>Set &amp;Primary</source>
        <translation>Als &amp;Hauptfoto festlegen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Photo From Address</source>
        <translation>Foto von Adresse</translation>
    </message>
    <message>
        <source>Address of the image (http or https):</source>
        <translation>Adresse des Bildes (http oder https):</translation>
    </message>
    <message>
        <source>★ Primary</source>
        <translation>★ Hauptfoto</translation>
    </message>
    <message>
        <source>%1 (primary photo)</source>
        <translation>%1 (Hauptfoto)</translation>
    </message>
    <message>
        <source>“%1” was not added. %2</source>
        <translation>„%1“ wurde nicht hinzugefügt. %2</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.</source>
        <translation>„%1“ ist zu groß (%2 MB); Reelkeeper nimmt Bilder bis höchstens %3 MB an.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The image is empty; nothing was added.</source>
        <translation>Das Bild ist leer; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG; nothing was added.</source>
        <translation>Das Bild konnte nicht in PNG umgewandelt werden; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Eingefügtes Bild.png</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Die Zwischenablage enthält kein Bild.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>The photo cannot be shown: %1</source>
        <translation>Das Foto kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::RoleDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::SearchIndex</name>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Der Suchindex konnte nicht aktualisiert werden: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Session</name>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Sign in to change an account.</source>
        <translation>Melden Sie sich an, um ein Konto zu ändern.</translation>
    </message>
    <message>
        <source>Only %1&apos;s own account can be changed while %1 is signed in.</source>
        <translation>Solange %1 angemeldet ist, kann nur das eigene Konto von %1 geändert werden.</translation>
    </message>
    <message>
        <source>The password is wrong; the account was not removed.</source>
        <translation>Das Passwort ist falsch; das Konto wurde nicht gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Warten Sie %n Sekunde, bevor Sie es erneut versuchen.</numerusform>
            <numerusform>Warten Sie %n Sekunden, bevor Sie es erneut versuchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Continue as &amp;Guest</source>
        <translation>Als &amp;Gast fortfahren</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Neues Konto…</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Who is using Reelkeeper?</source>
        <translation>Wer nutzt Reelkeeper?</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Ein Konto anlegen</translation>
    </message>
    <message>
        <source>Your own account keeps your own favorites. Once it is created, you are signed in with it.</source>
        <translation>In Ihrem eigenen Konto sammeln Sie Ihre eigenen Favoriten. Sobald es angelegt ist, sind Sie damit angemeldet.</translation>
    </message>
    <message>
        <source>Nobody has an account in this catalog yet. Create the first one to keep your own favorites, or continue as a guest to browse.</source>
        <translation>In diesem Katalog hat noch niemand ein Konto. Legen Sie das erste an, um eigene Favoriten zu sammeln, oder fahren Sie als Gast fort, um sich umzusehen.</translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation>Neuer Versuch in %1 s</translation>
    </message>
    <message>
        <source>Type or choose your username.</source>
        <translation>Geben Sie Ihren Benutzernamen ein oder wählen Sie ihn aus.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Sqlite</name>
    <message>
        <source>The connection is not an open SQLite database.</source>
        <translation>Die Verbindung ist keine geöffnete SQLite-Datenbank.</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys on this connection.</source>
        <translation>SQLite hat sich geweigert, auf dieser Verbindung Fremdschlüssel durchzusetzen.</translation>
    </message>
    <message>
        <source>The catalog connection is not an SQLite connection.</source>
        <translation>Die Katalogverbindung ist keine SQLite-Verbindung.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Taxonomy</name>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not change the catalog: %1</source>
        <translation>Der Katalog konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Im Katalog konnte keine Transaktion begonnen werden: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Die Änderungen konnten nicht in den Katalog geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Country %1 is no longer in the catalog.</source>
        <translation>Das Land %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>Genre %1 is no longer in the catalog.</source>
        <translation>Das Genre %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>A country needs a name.</source>
        <translation>Ein Land braucht einen Namen.</translation>
    </message>
    <message>
        <source>A genre needs a name.</source>
        <translation>Ein Genre braucht einen Namen.</translation>
    </message>
    <message>
        <source>There is already a country named “%1”.</source>
        <translation>Es gibt bereits ein Land namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a genre named “%1”.</source>
        <translation>Es gibt bereits ein Genre namens „%1“.</translation>
    </message>
    <message>
        <source>There is already a country named “%1”. To make “%2” and “%1” one country, merge “%2” into “%1” instead.</source>
        <translation>Es gibt bereits ein Land namens „%1“. Um „%2“ und „%1“ zu einem Land zu vereinen, führen Sie stattdessen „%2“ mit „%1“ zusammen.</translation>
    </message>
    <message>
        <source>There is already a genre named “%1”. To make “%2” and “%1” one genre, merge “%2” into “%1” instead.</source>
        <translation>Es gibt bereits ein Genre namens „%1“. Um „%2“ und „%1“ zu einem Genre zu vereinen, führen Sie stattdessen „%2“ mit „%1“ zusammen.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the genre of %n movie(s), so it cannot be deleted. Merge it into another genre instead.</source>
        <translation>
            <numerusform>„%1“ ist das Genre von %n Film und kann daher nicht gelöscht werden. Führen Sie es stattdessen mit einem anderen Genre zusammen.</numerusform>
            <numerusform>„%1“ ist das Genre von %n Filmen und kann daher nicht gelöscht werden. Führen Sie es stattdessen mit einem anderen Genre zusammen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n Film</numerusform>
            <numerusform>%n Filmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>“%1” is the country of %2, so it cannot be deleted. Merge it into another country instead.</source>
        <translation>„%1“ ist das Land von %2 und kann daher nicht gelöscht werden. Führen Sie es stattdessen mit einem anderen Land zusammen.</translation>
    </message>
    <message>
        <source>The country “%1” could not be put back: another country has its name now.</source>
        <translation>Das Land „%1“ konnte nicht wiederhergestellt werden: Ein anderes Land trägt jetzt diesen Namen.</translation>
    </message>
    <message>
        <source>The genre “%1” could not be put back: another genre has its name now.</source>
        <translation>Das Genre „%1“ konnte nicht wiederhergestellt werden: Ein anderes Genre trägt jetzt diesen Namen.</translation>
    </message>
    <message>
        <source>“%1” could not be put back: %2</source>
        <translation>„%1“ konnte nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself.</source>
        <translation>„%1“ kann nicht mit sich selbst zusammengeführt werden.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::TaxonomyCommands</name>
    <message>
        <source>Add Country “%1”</source>
        <translation>Land „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Add Genre “%1”</source>
        <translation>Genre „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Choose what to merge first.</source>
        <translation>Wählen Sie zuerst aus, was zusammengeführt werden soll.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>„%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entries into “%1”</source>
        <translation>
            <numerusform>%n Eintrag mit „%1“ zusammenführen</numerusform>
            <numerusform>%n Einträge mit „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Country “%1”</source>
        <translation>Land „%1“ löschen</translation>
    </message>
    <message>
        <source>Delete Genre “%1”</source>
        <translation>Genre „%1“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n countries</source>
        <translation>
            <numerusform>%n Land löschen</numerusform>
            <numerusform>%n Länder löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n genres</source>
        <translation>
            <numerusform>%n Genre löschen</numerusform>
            <numerusform>%n Genres löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::TaxonomyDialog</name>
    <message>
        <source>Countries and Genres</source>
        <translation>Länder und Genres</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>Län&amp;der</translation>
    </message>
    <message>
        <source>&amp;Genres</source>
        <translation>&amp;Genres</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::TaxonomyPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Filme</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Movies made in this country</source>
        <translation>Filme aus diesem Land</translation>
    </message>
    <message>
        <source>Movies of this genre</source>
        <translation>Filme dieses Genres</translation>
    </message>
    <message>
        <source>People from this country</source>
        <translation>Personen aus diesem Land</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Länder filtern</translation>
    </message>
    <message>
        <source>Filter genres</source>
        <translation>Genres filtern</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Add a country</source>
        <translation>Ein Land hinzufügen</translation>
    </message>
    <message>
        <source>Add a genre</source>
        <translation>Ein Genre hinzufügen</translation>
    </message>
    <message>
        <source>Rename the selected entry (F2, or double-click its name)</source>
        <translation>Den ausgewählten Eintrag umbenennen (F2 oder Doppelklick auf den Namen)</translation>
    </message>
    <message>
        <source>Make the selected countries one: everything that uses them uses the country you choose instead</source>
        <translation>Die ausgewählten Länder vereinen: Alle Einträge, die sie verwenden, erhalten stattdessen das gewählte Land</translation>
    </message>
    <message>
        <source>Make the selected genres one: every movie that has them has the genre you choose instead</source>
        <translation>Die ausgewählten Genres vereinen: Jeder Film, der eines davon hat, erhält stattdessen das gewählte Genre</translation>
    </message>
    <message>
        <source>Add Country</source>
        <translation>Land hinzufügen</translation>
    </message>
    <message>
        <source>Add Genre</source>
        <translation>Genre hinzufügen</translation>
    </message>
    <message>
        <source>Name of the new country:</source>
        <translation>Name des neuen Landes:</translation>
    </message>
    <message>
        <source>Name of the new genre:</source>
        <translation>Name des neuen Genres:</translation>
    </message>
    <message>
        <source>Merge Countries</source>
        <translation>Länder zusammenführen</translation>
    </message>
    <message>
        <source>Merge Genres</source>
        <translation>Genres zusammenführen</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n Land</numerusform>
            <numerusform>%n Länder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n genres</source>
        <translation>
            <numerusform>%n Genre</numerusform>
            <numerusform>%n Genres</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>%1 zusammenführen mit:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtern</translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n Film</numerusform>
            <numerusform>%n Filme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every movie and person from %1 will be from the chosen country, and %1 will be deleted. You can undo this.</source>
        <translation>Das gewählte Land ersetzt %1 bei allen Filmen und Personen, und Reelkeeper löscht %1 anschließend. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>Every movie of %1 will have the chosen genre instead, and %1 will be deleted. You can undo this.</source>
        <translation>Das gewählte Genre ersetzt %1 bei allen Filmen, und Reelkeeper löscht %1 anschließend. Sie können dies rückgängig machen.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the genre of %n movie(s). Merge it into another genre instead.</source>
        <translation>
            <numerusform>„%1“ ist das Genre von %n Film. Führen Sie es stattdessen mit einem anderen Genre zusammen.</numerusform>
            <numerusform>„%1“ ist das Genre von %n Filmen. Führen Sie es stattdessen mit einem anderen Genre zusammen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the country of %n movie(s). Merge it into another country instead.</source>
        <translation>
            <numerusform>„%1“ ist das Land von %n Film. Führen Sie es stattdessen mit einem anderen Land zusammen.</numerusform>
            <numerusform>„%1“ ist das Land von %n Filmen. Führen Sie es stattdessen mit einem anderen Land zusammen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the country of %n person(s). Merge it into another country instead.</source>
        <translation>
            <numerusform>„%1“ ist das Land von %n Person. Führen Sie es stattdessen mit einem anderen Land zusammen.</numerusform>
            <numerusform>„%1“ ist das Land von %n Personen. Führen Sie es stattdessen mit einem anderen Land zusammen.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the country of %2 and %3. Merge it into another country instead.</source>
        <translation>%2 und %3 haben „%1“ als Land. Führen Sie es stattdessen mit einem anderen Land zusammen.</translation>
    </message>
    <message>
        <source>Select unused countries to delete them</source>
        <translation>Wählen Sie nicht verwendete Länder aus, um sie zu löschen</translation>
    </message>
    <message>
        <source>Select unused genres to delete them</source>
        <translation>Wählen Sie nicht verwendete Genres aus, um sie zu löschen</translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Die ausgewählten Einträge löschen</translation>
    </message>
    <message>
        <source>No countries yet.
They are added with movies and people, by imports, or here with Add…</source>
        <translation>Noch keine Länder.
Länder entstehen mit Filmen und Personen, durch Importe oder hier mit Hinzufügen…</translation>
    </message>
    <message>
        <source>No genres yet.
They are added with movies, by imports, or here with Add…</source>
        <translation>Noch keine Genres.
Genres entstehen mit Filmen, durch Importe oder hier mit Hinzufügen…</translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Kein Land passt zu „%1“.</translation>
    </message>
    <message>
        <source>No genre matches “%1”.</source>
        <translation>Kein Genre passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>catalog schema %1</source>
        <translation>Katalogschema %1</translation>
    </message>
    <message>
        <source>Reelkeeper</source>
        <translation>Reelkeeper</translation>
    </message>
    <message>
        <source>The catalog could not be opened.

%1</source>
        <translation>Der Katalog konnte nicht geöffnet werden.

%1</translation>
    </message>
</context>
</TS>
