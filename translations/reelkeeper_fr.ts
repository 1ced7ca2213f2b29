<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Reelkeeper::AccountForm</name>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>C&amp;onfirmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Accounts</name>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>Could not read the accounts: %1</source>
        <translation>Impossible de lire les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not change the accounts: %1</source>
        <translation>Impossible de modifier les comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Impossible de démarrer une transaction sur le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Les modifications n&apos;ont pas pu être écrites dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account %1 is no longer in the catalog.</source>
        <translation>Le compte %1 n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de mots de passe incorrects. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de mots de passe incorrects. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Il existe déjà un compte nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Another account already uses the email address “%1”.</source>
        <translation>Un autre compte utilise déjà l&apos;adresse e-mail «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The password library (libsodium) could not start.</source>
        <translation>La bibliothèque de mots de passe (libsodium) n&apos;a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The password is too long.</source>
        <translation>Le mot de passe est trop long.</translation>
    </message>
    <message>
        <source>The password could not be hashed: not enough memory.</source>
        <translation>Le mot de passe n&apos;a pas pu être haché&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>An account needs a username.</source>
        <translation>Un compte doit avoir un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>A username cannot contain line breaks or control characters.</source>
        <translation>Un nom d&apos;utilisateur ne peut contenir ni sauts de ligne ni caractères de contrôle.</translation>
    </message>
    <message>
        <source>A username can have at most %1 characters.</source>
        <translation>Un nom d&apos;utilisateur peut comporter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The first name can have at most %1 characters and no line breaks.</source>
        <translation>Le prénom peut comporter au plus %1 caractères, sans saut de ligne.</translation>
    </message>
    <message>
        <source>The last name can have at most %1 characters and no line breaks.</source>
        <translation>Le nom peut comporter au plus %1 caractères, sans saut de ligne.</translation>
    </message>
    <message>
        <source>“%1” is not an email address (like name@example.org).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (comme nom@example.org).</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit comporter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too big for an image (more than %2 MB).</source>
        <translation>%1 est trop volumineux pour une image (plus de %2 Mo).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::AccountsDialog</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>&amp;Add Account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Drop an image here, or paste one with %1.</source>
        <translation>Déposez une image ici, ou collez-en une avec %1.</translation>
    </message>
    <message>
        <source>C&amp;hange Avatar…</source>
        <translation>&amp;Changer l&apos;avatar…</translation>
    </message>
    <message>
        <source>&amp;Paste Avatar</source>
        <translation>C&amp;oller l&apos;avatar</translation>
    </message>
    <message>
        <source>Remo&amp;ve Avatar</source>
        <translation>Retirer l&apos;a&amp;vatar</translation>
    </message>
    <message>
        <source>&amp;Save Changes</source>
        <translation>Enregi&amp;strer les modifications</translation>
    </message>
    <message>
        <source>Change Pass&amp;word…</source>
        <translation>Changer le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>&amp;Remove My Account…</source>
        <translation>Supp&amp;rimer mon compte…</translation>
    </message>
    <message>
        <source>Paste Avatar</source>
        <translation>Coller l&apos;avatar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — signed in</source>
        <translation>%1 — connecté</translation>
    </message>
    <message>
        <source>No avatar</source>
        <translation>Aucun avatar</translation>
    </message>
    <message>
        <source>Nobody has an account yet. Add one to keep your own favorites.</source>
        <translation>Personne n&apos;a encore de compte. Ajoutez-en un pour conserver vos propres favoris.</translation>
    </message>
    <message>
        <source>This is %1&apos;s account. Only %1 can change it, after signing in.</source>
        <translation>C&apos;est le compte de %1. Seul %1 peut le modifier, une fois sa session ouverte.</translation>
    </message>
    <message>
        <source>You are browsing as a guest. Sign in as %1 to change this account.</source>
        <translation>Vous naviguez en tant qu&apos;invité. Connectez-vous en tant que %1 pour modifier ce compte.</translation>
    </message>
    <message>
        <source>Sign In as %1…</source>
        <translation>Se connecter en tant que %1…</translation>
    </message>
    <message>
        <source>Your profile is saved.</source>
        <translation>Votre profil est enregistré.</translation>
    </message>
    <message>
        <source>The image could not be read; the avatar is unchanged.</source>
        <translation>L&apos;image n&apos;a pas pu être lue&#xa0;; l&apos;avatar reste inchangé.</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Image collée.png</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <source>Choose Avatar</source>
        <translation>Choisir un avatar</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The account “%1” was added.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été ajouté.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Your account is removed.</source>
        <translation>Votre compte a été supprimé.</translation>
    </message>
    <message>
        <source>Remove My Account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <source>Removing the account “%1” also removes its favorites and avatars. This cannot be undone.

Type your password to confirm:</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;» supprime aussi ses favoris et ses avatars. Cette action est irréversible.

Saisissez votre mot de passe pour confirmer&#xa0;:</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::AvatarButton</name>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Se connecter…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>&amp;Changer d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Manage Accounts…</source>
        <translation>&amp;Gérer les comptes…</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Browsing as a guest: sign in to keep favorites</source>
        <translation>Navigation en tant qu&apos;invité&#xa0;: connectez-vous pour conserver des favoris</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Bundle</name>
    <message>
        <source>The row breaks a rule of the catalog (a CHECK constraint).</source>
        <translation>La ligne enfreint une règle du catalogue (une contrainte CHECK).</translation>
    </message>
    <message>
        <source>%1 %2 is not allowed (the catalog&apos;s CHECK constraint on %1).</source>
        <translation>%1 %2 n&apos;est pas autorisé (contrainte CHECK du catalogue sur %1).</translation>
    </message>
    <message>
        <source>Could not read the columns of %1: %2</source>
        <translation>Impossible de lire les colonnes de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The catalog has no table %1.</source>
        <translation>Le catalogue n&apos;a pas de table %1.</translation>
    </message>
    <message>
        <source>Could not read the references of %1: %2</source>
        <translation>Impossible de lire les références de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image %1 is missing or damaged in the media folder %2, so the bundle would not be whole; `reelkeeper check` lists such problems. Nothing was exported.</source>
        <translation>L&apos;image %1 est absente ou endommagée dans le dossier des médias %2, le paquet serait donc incomplet&#xa0;; `reelkeeper check` liste ce type de problème. Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder; nothing was exported.</source>
        <translation>%1 existe et n&apos;est pas un dossier&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>%1 is not empty; choose a new or empty folder for the bundle. Nothing was exported.</source>
        <translation>%1 n&apos;est pas vide&#xa0;; choisissez un dossier nouveau ou vide pour le paquet. Rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; nothing was exported.</source>
        <translation>Le dossier %1 n&apos;existe pas&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>Could not create a folder beside %1: %2</source>
        <translation>Impossible de créer un dossier à côté de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Impossible de lire le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be replaced by the bundle; nothing was exported.</source>
        <translation>%1 n&apos;a pas pu être remplacé par le paquet&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>The bundle could not be moved to %1; nothing was exported.</source>
        <translation>Le paquet n&apos;a pas pu être déplacé vers %1&#xa0;; rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer version of Reelkeeper (bundle format %1; this version reads format %2). Nothing was imported.</source>
        <translation>Le paquet a été écrit par une version plus récente de Reelkeeper (format de paquet %1&#xa0;; cette version lit le format %2). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The bundle was written by a newer version of Reelkeeper (catalog schema %1; this catalog has schema %2). Nothing was imported.</source>
        <translation>Le paquet a été écrit par une version plus récente de Reelkeeper (schéma de catalogue %1&#xa0;; ce catalogue a le schéma %2). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The entry of %1 needs &quot;rows&quot; (a count) and &quot;sha256&quot; (64 hex digits).</source>
        <translation>L&apos;entrée de %1 doit avoir «&#xa0;rows&#xa0;» (un nombre) et «&#xa0;sha256&#xa0;» (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>The checksum of the image %1 does not match its name.</source>
        <translation>La somme de contrôle de l&apos;image %1 ne correspond pas à son nom.</translation>
    </message>
    <message>
        <source>The header names a column %1 that the table %2 does not have.</source>
        <translation>L&apos;en-tête nomme une colonne %1 que la table %2 n&apos;a pas.</translation>
    </message>
    <message>
        <source>The header names the column %1 twice.</source>
        <translation>L&apos;en-tête nomme deux fois la colonne %1.</translation>
    </message>
    <message>
        <source>The header has no %1 column.</source>
        <translation>L&apos;en-tête n&apos;a pas de colonne %1.</translation>
    </message>
    <message>
        <source>Its checksum does not match the manifest: the file was changed or damaged. The bundle was refused.</source>
        <translation>La somme de contrôle du fichier ne correspond pas au manifeste&#xa0;: le fichier a été modifié ou endommagé. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>La ligne a %1 champs&#xa0;; l&apos;en-tête en a %2.</translation>
    </message>
    <message>
        <source>The id %1 is not a whole number.</source>
        <translation>L&apos;identifiant %1 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>The id %1 follows the id %2: ids must increase from row to row, each id once.</source>
        <translation>L&apos;identifiant %1 suit l&apos;identifiant %2&#xa0;: les identifiants doivent croître d&apos;une ligne à l&apos;autre, chacun une seule fois.</translation>
    </message>
    <message>
        <source>The file has %1 rows; the manifest says %2. The bundle was refused.</source>
        <translation>Le fichier a %1 lignes&#xa0;; le manifeste en indique %2. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>The image is not of the type its name says.</source>
        <translation>L&apos;image n&apos;est pas du type qu&apos;indique son nom.</translation>
    </message>
    <message>
        <source>Could not prepare the import: %1</source>
        <translation>Impossible de préparer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: %2 starts with a backslash but is none of \N, \\… and \x….</source>
        <translation>%1&#xa0;: %2 commence par une barre oblique inverse, mais n&apos;est ni \N, ni \\…, ni \x….</translation>
    </message>
    <message>
        <source>The image %1 is not in the bundle (the manifest does not list it).</source>
        <translation>L&apos;image %1 n&apos;est pas dans le paquet (le manifeste ne la mentionne pas).</translation>
    </message>
    <message>
        <source>%1 %2 is not a whole number.</source>
        <translation>%1 %2 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1 %2 names no row of %3.csv.</source>
        <translation>%1 %2 ne désigne aucune ligne de %3.csv.</translation>
    </message>
    <message>
        <source>The person %1 has another primary photo, on line %2.</source>
        <translation>La personne %1 a déjà une autre photo principale, à la ligne %2.</translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Nothing was imported.</source>
        <translation>Le fichier a changé pendant son importation. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The person&apos;s primary_photo_id does not name the photo that person_photos.csv flags with is_primary.</source>
        <translation>Le primary_photo_id de la personne ne désigne pas la photo que person_photos.csv marque avec is_primary.</translation>
    </message>
    <message>
        <source>Could not check the people&apos;s photos: %1</source>
        <translation>Impossible de vérifier les photos des personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bundle was refused.</source>
        <translation>Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>The image is not what its name says. The bundle was refused.</source>
        <translation>L&apos;image ne correspond pas à son nom. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>%1 is not a folder; a bundle is a folder with a manifest.json. Nothing was imported.</source>
        <translation>%1 n&apos;est pas un dossier&#xa0;; un paquet est un dossier contenant un fichier manifest.json. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation>Impossible de démarrer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: could not save the import: %2. Nothing was imported.</source>
        <translation>%1&#xa0;: impossible d&apos;enregistrer l&apos;importation&#xa0;: %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>exported: %1 movies, %2 people, %3 users, %4 images to %5</source>
        <translation>exportation&#xa0;: %1 film(s), %2 personne(s), %3 utilisateur(s), %4 image(s) vers %5</translation>
    </message>
    <message>
        <source>exported: %1 movies, %2 people, %3 images to %4</source>
        <translation>exportation&#xa0;: %1 film(s), %2 personne(s), %3 image(s) vers %4</translation>
    </message>
    <message>
        <source>The file is a symbolic link that leads nowhere. The bundle was refused.</source>
        <translation>Le fichier est un lien symbolique qui ne mène nulle part. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>The file is listed in the manifest but missing. The bundle was refused.</source>
        <translation>Le fichier figure dans le manifeste, mais il est absent. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>A symbolic link leads outside the bundle&apos;s folder. The bundle was refused.</source>
        <translation>Un lien symbolique mène hors du dossier du paquet. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>This is not a file. The bundle was refused.</source>
        <translation>Ce n&apos;est pas un fichier. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>%1 has no manifest.json, so it is not a Reelkeeper bundle. Nothing was imported.</source>
        <translation>%1 ne contient pas de manifest.json, ce n&apos;est donc pas un paquet Reelkeeper. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The file is too large to be a manifest.</source>
        <translation>Le fichier est trop volumineux pour être un manifeste.</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Le fichier n&apos;est pas du JSON valide&#xa0;: %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This is not the manifest of a Reelkeeper bundle (it has no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Ce n&apos;est pas le manifeste d&apos;un paquet Reelkeeper (il n&apos;a pas de &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The manifest has no valid format version.</source>
        <translation>Le manifeste n&apos;a pas de version de format valide.</translation>
    </message>
    <message>
        <source>The manifest has no valid catalog schema version.</source>
        <translation>Le manifeste n&apos;a pas de version de schéma de catalogue valide.</translation>
    </message>
    <message>
        <source>The manifest lists no tables.</source>
        <translation>Le manifeste ne liste aucune table.</translation>
    </message>
    <message>
        <source>The manifest names a table that a catalog does not have: %1. The bundle was refused.</source>
        <translation>Le manifeste nomme une table qui n&apos;existe pas dans un catalogue&#xa0;: %1. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>The manifest&apos;s &quot;media&quot; is not a list of images.</source>
        <translation>«&#xa0;media&#xa0;» dans le manifeste n&apos;est pas une liste d&apos;images.</translation>
    </message>
    <message>
        <source>The manifest names the image %1, which is not a media file name (two hex digits, &quot;/&quot;, the SHA-256 of the image and its extension). The bundle was refused.</source>
        <translation>Le manifeste nomme l&apos;image %1, qui n&apos;est pas un nom de fichier média (deux chiffres hexadécimaux, «&#xa0;/&#xa0;», le SHA-256 de l&apos;image et son extension). Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>The file is too large for an image of a catalog. The bundle was refused.</source>
        <translation>Le fichier est trop volumineux pour une image de catalogue. Le paquet a été refusé.</translation>
    </message>
    <message>
        <source>Could not tell which rows of %1 the import added.</source>
        <translation>Impossible de déterminer quelles lignes de %1 l&apos;importation a ajoutées.</translation>
    </message>
    <message>
        <source>Could not read the imported rows of %1: %2</source>
        <translation>Impossible de lire les lignes importées de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de commencer la transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the imported rows of %1: %2</source>
        <translation>Impossible de supprimer les lignes importées de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Impossible de mettre à jour l’index de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Impossible d’enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not put back the imported rows of %1: %2</source>
        <translation>Impossible de rétablir les lignes importées de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::BundleTask</name>
    <message>
        <source>Exporting the catalog to %1…</source>
        <translation>Exportation du catalogue vers %1…</translation>
    </message>
    <message>
        <source>Checking the bundle %1…</source>
        <translation>Vérification du paquet %1…</translation>
    </message>
    <message>
        <source>Importing the bundle %1…</source>
        <translation>Importation du paquet %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CastEditor</name>
    <message>
        <source>Type part of a name to add an actor</source>
        <translation>Saisissez une partie d&apos;un nom pour ajouter un acteur</translation>
    </message>
    <message>
        <source>Add &amp;actor:</source>
        <translation>Ajouter un &amp;acteur&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;Character</source>
        <translation>Ajouter un &amp;personnage</translation>
    </message>
    <message>
        <source>Add a character without an actor</source>
        <translation>Ajouter un personnage sans acteur</translation>
    </message>
    <message>
        <source>Same Actor, &amp;New Character</source>
        <translation>Même acteur, &amp;nouveau personnage</translation>
    </message>
    <message>
        <source>The selected actor plays another character too</source>
        <translation>L&apos;acteur sélectionné joue aussi un autre personnage</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Bill the selected row earlier (%1)</source>
        <translation>Placer la ligne sélectionnée plus haut dans le générique (%1)</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Bill the selected row later (%1)</source>
        <translation>Placer la ligne sélectionnée plus bas dans le générique (%1)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Remove the selected row (%1)</source>
        <translation>Retirer la ligne sélectionnée (%1)</translation>
    </message>
    <message>
        <source>Rows are in billing order. Double-click a cell or press F2 to edit it. A character may be listed without an actor, and an actor may play several characters.</source>
        <translation>Les lignes suivent l&apos;ordre du générique. Double-cliquez sur une cellule ou appuyez sur F2 pour la modifier. Un personnage peut figurer sans acteur, et un acteur peut jouer plusieurs personnages.</translation>
    </message>
    <message>
        <source>(unknown person %1)</source>
        <translation>(personne inconnue %1)</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CastTableModel</name>
    <message>
        <source>Lead</source>
        <translation>Rôle principal</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Second rôle</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Petit rôle</translation>
    </message>
    <message>
        <source>Cameo</source>
        <translation>Caméo</translation>
    </message>
    <message>
        <source>The character needs a name.</source>
        <translation>Le personnage doit avoir un nom.</translation>
    </message>
    <message>
        <source>Choose an actor or name a character, or remove the row.</source>
        <translation>Choisissez un acteur ou nommez un personnage, ou retirez la ligne.</translation>
    </message>
    <message>
        <source>The role must be lead, supporting, minor or cameo, or none.</source>
        <translation>Le rôle doit être lead, supporting, minor ou cameo, ou aucun.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(no actor)</source>
        <translation>(aucun acteur)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Catalog</name>
    <message>
        <source>%1 is a folder, not a catalog file.</source>
        <translation>%1 est un dossier, pas un fichier de catalogue.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Create it first or choose another place for the catalog.</source>
        <translation>Le dossier %1 n&apos;existe pas. Créez-le d&apos;abord ou choisissez un autre emplacement pour le catalogue.</translation>
    </message>
    <message>
        <source>The catalog %1 cannot be read: permission denied.</source>
        <translation>Le catalogue %1 ne peut pas être lu&#xa0;: accès refusé.</translation>
    </message>
    <message>
        <source>The catalog %1 is read-only. Reelkeeper needs to write to it.</source>
        <translation>Le catalogue %1 est en lecture seule. Reelkeeper doit pouvoir y écrire.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only. Reelkeeper needs to write its catalog and journal there.</source>
        <translation>Le dossier %1 est en lecture seule. Reelkeeper doit pouvoir y écrire son catalogue et son journal.</translation>
    </message>
    <message>
        <source>%1 is not a Reelkeeper catalog: it is not an SQLite database. It was not changed.</source>
        <translation>%1 n&apos;est pas un catalogue Reelkeeper&#xa0;: ce n&apos;est pas une base de données SQLite. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The catalog %1 is already open in another Reelkeeper (process %2). Close it there first.</source>
        <translation>Le catalogue %1 est déjà ouvert dans un autre Reelkeeper (processus %2). Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>Could not lock the catalog %1: the folder is not writable.</source>
        <translation>Impossible de verrouiller le catalogue %1&#xa0;: le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 is not a Reelkeeper catalog, or it is damaged: %2. It was not changed.</source>
        <translation>%1 n&apos;est pas un catalogue Reelkeeper, ou il est endommagé&#xa0;: %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Reelkeeper catalog. It was not changed.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application, pas un catalogue Reelkeeper. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Reelkeeper (schema version %2; this version knows up to %3). Update Reelkeeper to open it. It was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Reelkeeper (version de schéma %2&#xa0;; cette version connaît jusqu&apos;à %3). Mettez Reelkeeper à jour pour l&apos;ouvrir. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged: %2. Run &quot;reelkeeper --db %1 check&quot; for a full report.</source>
        <translation>Le catalogue %1 est endommagé&#xa0;: %2. Lancez « reelkeeper --db %1 check&#xa0;» pour un rapport complet.</translation>
    </message>
    <message>
        <source>Could not switch the catalog %1 to write-ahead logging.</source>
        <translation>Impossible de passer le catalogue %1 en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>Could not create the catalog %1 (%2): the folder is not writable for Reelkeeper.</source>
        <translation>Impossible de créer le catalogue %1 (%2)&#xa0;: le dossier n&apos;est pas accessible en écriture pour Reelkeeper.</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s))</source>
        <translation>
            <numerusform> (et %n autre problème)</numerusform>
            <numerusform> (et %n autres problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CatalogCheck</name>
    <message>
        <source>integrity check could not run: %1</source>
        <translation>la vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>foreign key check could not run: %1</source>
        <translation>la vérification des clés étrangères n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <source>foreign key: %1 row %2 points at a missing row of %3</source>
        <translation>clé étrangère&#xa0;: %1 ligne %2 pointe vers une ligne absente de %3</translation>
    </message>
    <message>
        <source>media files could not be listed: %1</source>
        <translation>les fichiers médias n&apos;ont pas pu être listés&#xa0;: %1</translation>
    </message>
    <message>
        <source>media: file %1 has an invalid key &quot;%2&quot;</source>
        <translation>médias&#xa0;: le fichier %1 a une clé invalide « %2&#xa0;»</translation>
    </message>
    <message>
        <source>media: file %1 is missing: %2</source>
        <translation>médias&#xa0;: le fichier %1 est absent&#xa0;: %2</translation>
    </message>
    <message>
        <source>media: file %1 cannot be read: %2</source>
        <translation>médias&#xa0;: le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>media: file %1 is damaged (its content does not match its checksum): %2</source>
        <translation>médias&#xa0;: le fichier %1 est endommagé (son contenu ne correspond pas à sa somme de contrôle)&#xa0;: %2</translation>
    </message>
    <message>
        <source>media: %1 is not used by the catalog</source>
        <translation>médias&#xa0;: %1 n&apos;est pas utilisé par le catalogue</translation>
    </message>
    <message>
        <source>file %1 (its users could not be listed: %2)</source>
        <translation>fichier %1 (ce qui l&apos;utilise n&apos;a pas pu être listé&#xa0;: %2)</translation>
    </message>
    <message>
        <source>movie %1 “%2” poster</source>
        <translation>affiche du film %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>person %1 “%2” photo</source>
        <translation>photo de la personne %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>user %1 “%2” avatar</source>
        <translation>avatar de l&apos;utilisateur %1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>media: %1 → %2 is missing (file %3)</source>
        <translation>médias&#xa0;: %1 → %2 est absent (fichier %3)</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ChangePasswordDialog</name>
    <message>
        <source>Change Password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe &amp;actuel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Confirmer le nouveau mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe sont différents.</translation>
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
        <translation>Utilisation&#xa0;:
  reelkeeper [--db CHEMIN]                     ouvrir la fenêtre
  reelkeeper [--db CHEMIN] import FICHIER|DOSSIER [--format auto|movies|bundle|imdb|letterboxd|tellico]
                                   [--on-duplicate skip|update|add] [--dry-run] [--strict]
  reelkeeper [--db CHEMIN] export movies FICHIER.csv [--search TEXTE]
  reelkeeper [--db CHEMIN] export bundle DOSSIER [--include-users]
  reelkeeper [--db CHEMIN] check
  reelkeeper [--db CHEMIN] user add|passwd|remove|list [NOM]
  reelkeeper --version | --help

Options&#xa0;:
  --db CHEMIN    le catalogue à utiliser (créé s&apos;il n&apos;existe pas encore)&#xa0;;
                 par défaut le catalogue du dossier de données de l&apos;application
  -h, --help     afficher cette aide
  -v, --version  afficher la version

Code de sortie&#xa0;: 0 succès, 1 échec (le catalogue est inchangé), 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>The option --%1 is given more than once.</source>
        <translation>L&apos;option --%1 est donnée plusieurs fois.</translation>
    </message>
    <message>
        <source>--db needs the path of a catalog file.</source>
        <translation>--db attend le chemin d&apos;un fichier de catalogue.</translation>
    </message>
    <message>
        <source>The option --%1 belongs to a command.</source>
        <translation>L&apos;option --%1 accompagne une commande.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1&#xa0;».</translation>
    </message>
    <message>
        <source>The option --%1 does not go with &quot;%2&quot;.</source>
        <translation>L&apos;option --%1 ne va pas avec « %2&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments.</source>
        <translation>« check&#xa0;» ne prend aucun argument.</translation>
    </message>
    <message>
        <source>&quot;import&quot; takes one file or folder.</source>
        <translation>« import&#xa0;» prend un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>Format inconnu « %1&#xa0;»&#xa0;; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Unknown duplicate policy &quot;%1&quot;; use skip, update or add.</source>
        <translation>Règle de doublons inconnue « %1&#xa0;»&#xa0;; utilisez skip, update ou add.</translation>
    </message>
    <message>
        <source>Use &quot;export movies FILE.csv&quot; or &quot;export bundle DIR&quot;.</source>
        <translation>Utilisez « export movies FICHIER.csv&#xa0;» ou « export bundle DOSSIER&#xa0;».</translation>
    </message>
    <message>
        <source>--include-users goes with &quot;export bundle&quot;.</source>
        <translation>--include-users va avec « export bundle&#xa0;».</translation>
    </message>
    <message>
        <source>--search goes with &quot;export movies&quot;.</source>
        <translation>--search va avec « export movies&#xa0;».</translation>
    </message>
    <message>
        <source>Use &quot;user add|passwd|remove|list [NAME]&quot;.</source>
        <translation>Utilisez « user add|passwd|remove|list [NOM]&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;user %1&quot; takes one user name.</source>
        <translation>« user %1&#xa0;» prend un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>&quot;user list&quot; takes no user name.</source>
        <translation>« user list&#xa0;» ne prend pas de nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Commands</name>
    <message>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>check: %1: %2 error(s), %3 warning(s)</source>
        <translation>vérification&#xa0;: %1&#xa0;: %2 erreur(s), %3 avertissement(s)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available in this version yet; nothing was changed.</source>
        <translation>« %1&#xa0;» n&apos;est pas encore disponible dans cette version&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 does not exist; nothing was imported.</source>
        <translation>%1 n&apos;existe pas&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>exported: %1 movies to %2</source>
        <translation>exportation&#xa0;: %1 film(s) vers %2</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Confirmez le nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>Les deux mots de passe sont différents&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&quot;user add&quot; reads the password from the first line of standard input, and there was none; nothing was changed.</source>
        <translation>«&#xa0;user add&#xa0;» lit le mot de passe sur la première ligne de l&apos;entrée standard, mais celle-ci était vide&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>added: user %1</source>
        <translation>ajout&#xa0;: utilisateur %1</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>Mot de passe actuel&#xa0;: </translation>
    </message>
    <message>
        <source>&quot;user passwd&quot; reads the current password, then the new one, from standard input, one a line, and there was none; nothing was changed.</source>
        <translation>«&#xa0;user passwd&#xa0;» lit le mot de passe actuel, puis le nouveau, sur l&apos;entrée standard, un par ligne, mais celle-ci était vide&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>&quot;user passwd&quot; reads the current password, then the new one, from standard input, one a line, and the new one was missing; nothing was changed.</source>
        <translation>«&#xa0;user passwd&#xa0;» lit le mot de passe actuel, puis le nouveau, sur l&apos;entrée standard, un par ligne, mais le nouveau manquait&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>There is no account named “%1”; nothing was changed.</source>
        <translation>Il n&apos;existe aucun compte nommé «&#xa0;%1&#xa0;»&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>changed: the password of %1</source>
        <translation>modification&#xa0;: mot de passe de %1</translation>
    </message>
    <message>
        <source>removed: user %1 with their favorites</source>
        <translation>suppression&#xa0;: utilisateur %1 et ses favoris</translation>
    </message>
    <message>
        <source>Use &quot;user add|passwd|remove|list [NAME]&quot;.</source>
        <translation>Utilisez «&#xa0;user add|passwd|remove|list [NOM]&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Connection</name>
    <message>
        <source>The catalog %1 does not exist.</source>
        <translation>Le catalogue %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Could not open the catalog %1: %2</source>
        <translation>Impossible d&apos;ouvrir le catalogue %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CreatedRows</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de commencer la transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Impossible d’enregistrer la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the new entries: %1</source>
        <translation>Impossible de lire les nouvelles entrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” is in use by other records, so it was kept.</source>
        <translation>« %1&#xa0;» est utilisé par d’autres fiches&#xa0;; il a été conservé.</translation>
    </message>
    <message>
        <source>Could not put back “%1”: %2</source>
        <translation>Impossible de rétablir « %1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not check whether the new entries are in use: %1</source>
        <translation>Impossible de vérifier si les nouvelles entrées sont utilisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove the new entries: %1</source>
        <translation>Impossible de supprimer les nouvelles entrées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CreditPickerDialog</name>
    <message>
        <source>Add Credit</source>
        <translation>Ajouter une participation</translation>
    </message>
    <message>
        <source>Type part of the movie&apos;s title</source>
        <translation>Saisissez une partie du titre du film</translation>
    </message>
    <message>
        <source>&amp;Movie:</source>
        <translation>&amp;Film&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Character:</source>
        <translation>&amp;Personnage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No character</source>
        <translation>Aucun personnage</translation>
    </message>
    <message>
        <source>New character…</source>
        <translation>Nouveau personnage…</translation>
    </message>
    <message>
        <source>Choose a movie: type part of its title and pick it from the list.</source>
        <translation>Choisissez un film&#xa0;: saisissez une partie de son titre et sélectionnez-le dans la liste.</translation>
    </message>
    <message>
        <source>Give the new character a name, or choose “No character”.</source>
        <translation>Donnez un nom au nouveau personnage, ou choisissez «&#xa0;Aucun personnage&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CsvReader</name>
    <message>
        <source>Could not read the file after line %1: %2.</source>
        <translation>Impossible de lire le fichier après la ligne %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Could not read the file: it is not open.</source>
        <translation>Impossible de lire le fichier&#xa0;: il n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The file is in UTF-16. Save it as UTF-8 and import it again.</source>
        <translation>Le fichier est en UTF-16. Enregistrez-le en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte, so the file is not text.</source>
        <translation>La ligne %1 contient un octet NUL, le fichier n&apos;est donc pas du texte.</translation>
    </message>
    <message>
        <source>The field that starts on line %1 is longer than %2 MB.</source>
        <translation>Le champ qui commence à la ligne %1 dépasse %2 Mo.</translation>
    </message>
    <message>
        <source>The quote opened on line %1 is never closed.</source>
        <translation>Le guillemet ouvert à la ligne %1 n&apos;est jamais fermé.</translation>
    </message>
    <message>
        <source>The file was read as UTF-8, but line %1 is not valid UTF-8. Save the file as UTF-8 and import it again.</source>
        <translation>Le fichier a été lu en UTF-8, mais la ligne %1 n&apos;est pas en UTF-8 valide. Enregistrez le fichier en UTF-8 et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is not text: it contains NUL bytes or other binary data.</source>
        <translation>Le fichier n&apos;est pas du texte&#xa0;: il contient des octets NUL ou d&apos;autres données binaires.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::EmptyStateWidget</name>
    <message>
        <source>Your catalog is empty</source>
        <translation>Votre catalogue est vide</translation>
    </message>
    <message>
        <source>Start by adding your first movie, or bring a whole library in from a CSV file (a spreadsheet, IMDb, Letterboxd or Tellico export).</source>
        <translation>Commencez par ajouter votre premier film, ou importez toute une collection depuis un fichier CSV (tableur, export IMDb, Letterboxd ou Tellico).</translation>
    </message>
    <message>
        <source>&amp;Add a Movie</source>
        <translation>&amp;Ajouter un film</translation>
    </message>
    <message>
        <source>&amp;Import a CSV File…</source>
        <translation>&amp;Importer un fichier CSV…</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::EntityPicker</name>
    <message>
        <source>Type part of a name</source>
        <translation>Saisissez une partie du nom</translation>
    </message>
    <message>
        <source>Type part of a country</source>
        <translation>Saisissez une partie du pays</translation>
    </message>
    <message>
        <source>Could not read a name from the catalog: %1</source>
        <translation>Impossible de lire un nom dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add “%1” as a new person</source>
        <translation>Ajouter « %1&#xa0;» comme nouvelle personne</translation>
    </message>
    <message>
        <source>Add “%1” as a new country</source>
        <translation>Ajouter « %1&#xa0;» comme nouveau pays</translation>
    </message>
    <message>
        <source>Could not search for people: %1</source>
        <translation>Impossible de rechercher des personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not search for countries: %1</source>
        <translation>Impossible de rechercher des pays&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add “%1” as a person: %2</source>
        <translation>Impossible d&apos;ajouter « %1&#xa0;» comme personne&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not add “%1” as a country: %2</source>
        <translation>Impossible d&apos;ajouter « %1&#xa0;» comme pays&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ExportMoviesDialog</name>
    <message>
        <source>Export Movies</source>
        <translation>Exporter des films</translation>
    </message>
    <message>
        <source>Writes the movies as a CSV movie list, which spreadsheet programs open and Reelkeeper imports again.</source>
        <translation>Écrit les films dans une liste de films CSV, que les tableurs savent ouvrir et que Reelkeeper peut réimporter.</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Films</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All movies (%Ln)</source>
        <translation>
            <numerusform>&amp;Tous les films (%Ln)</numerusform>
            <numerusform>&amp;Tous les films (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the movies of the current &amp;search</source>
        <translation>Seulement les films de la &amp;recherche en cours</translation>
    </message>
    <message numerus="yes">
        <source>Only the movies of the current &amp;search (%Ln)</source>
        <translation>
            <numerusform>Seulement les films de la &amp;recherche en cours (%Ln)</numerusform>
            <numerusform>Seulement les films de la &amp;recherche en cours (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>Start with a &amp;byte order mark (for spreadsheet programs)</source>
        <translation>Commencer par une marque d&apos;ordre des octets (&amp;BOM), pour les tableurs</translation>
    </message>
    <message>
        <source>Some spreadsheet programs read a file as UTF-8 only when it starts with this mark.</source>
        <translation>Certains tableurs ne lisent un fichier en UTF-8 que s&apos;il commence par cette marque.</translation>
    </message>
    <message>
        <source>movies.csv</source>
        <translation>films.csv</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 already exists. Do you want to replace it?</source>
        <translation>%1 existe déjà. Voulez-vous le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;All movies</source>
        <translation>&amp;Tous les films</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::FavoriteCommands</name>
    <message>
        <source>Sign in to keep favorites.</source>
        <translation>Connectez-vous pour conserver des favoris.</translation>
    </message>
    <message numerus="yes">
        <source>Add %n movie(s) to My Favorites</source>
        <translation>
            <numerusform>Ajouter %n film à mes favoris</numerusform>
            <numerusform>Ajouter %n films à mes favoris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n movie(s) from My Favorites</source>
        <translation>
            <numerusform>Retirer %n film de mes favoris</numerusform>
            <numerusform>Retirer %n films de mes favoris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Favorites</name>
    <message>
        <source>The favorites could not be saved: %1</source>
        <translation>Les favoris n&apos;ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The favorites could not be read from the catalog: %1</source>
        <translation>Les favoris n&apos;ont pas pu être lus dans le catalogue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImageDownload</name>
    <message>
        <source>No address was given for the image.</source>
        <translation>Aucune adresse n&apos;a été donnée pour l&apos;image.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address; Reelkeeper downloads images from http and https addresses.</source>
        <translation>« %1&#xa0;» n&apos;est pas une adresse web&#xa0;; Reelkeeper télécharge les images depuis des adresses http et https.</translation>
    </message>
    <message>
        <source>Reelkeeper downloads images only from http and https addresses, not from %1.</source>
        <translation>Reelkeeper ne télécharge des images que depuis des adresses http et https, pas depuis %1.</translation>
    </message>
    <message>
        <source>The address %1 names no server.</source>
        <translation>L&apos;adresse %1 ne désigne aucun serveur.</translation>
    </message>
    <message>
        <source>The file at %1 is %2, larger than the %3 that Reelkeeper accepts; the download was stopped.</source>
        <translation>Le fichier à l&apos;adresse %1 fait %2, plus que les %3 acceptés par Reelkeeper&#xa0;; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The file at %1 is larger than the %2 that Reelkeeper accepts; the download was stopped.</source>
        <translation>Le fichier à l&apos;adresse %1 dépasse les %2 acceptés par Reelkeeper&#xa0;; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The download of %1 timed out after %2 seconds without receiving data.</source>
        <translation>Le téléchargement de %1 a expiré après %2 secondes sans recevoir de données.</translation>
    </message>
    <message>
        <source>The address %1 redirected more than %2 times; the download was stopped.</source>
        <translation>L&apos;adresse %1 a redirigé plus de %2 fois&#xa0;; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The address %1 redirected from https to an unencrypted http address, which Reelkeeper does not follow.</source>
        <translation>L&apos;adresse %1 a redirigé de https vers une adresse http non chiffrée, ce que Reelkeeper ne suit pas.</translation>
    </message>
    <message>
        <source>The address %1 redirected to %2, which Reelkeeper does not follow: it downloads images only from http and https addresses.</source>
        <translation>L&apos;adresse %1 a redirigé vers %2, ce que Reelkeeper ne suit pas&#xa0;: il ne télécharge des images que depuis des adresses http et https.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The download from %1 was refused. %2</source>
        <translation>Le téléchargement depuis %1 a été refusé. %2</translation>
    </message>
    <message>
        <source>The address leads to a web page: use the address of the image itself.</source>
        <translation>L&apos;adresse mène à une page web&#xa0;: utilisez l&apos;adresse de l&apos;image elle-même.</translation>
    </message>
    <message>
        <source>The server answered %1 for %2.</source>
        <translation>Le serveur a répondu %1 pour %2.</translation>
    </message>
    <message>
        <source>The download of %1 timed out after %2 seconds.</source>
        <translation>Le téléchargement de %1 a expiré après %2 secondes.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportFilePage</name>
    <message>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>Choose the CSV file to bring into the catalog.</source>
        <translation>Choisissez le fichier CSV à importer dans le catalogue.</translation>
    </message>
    <message>
        <source>A .csv or .txt file</source>
        <translation>Un fichier .csv ou .txt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reelkeeper recognises these files by their columns:&lt;/p&gt;&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0;&quot;&gt;&lt;li&gt;its own movie list (a &lt;tt&gt;title&lt;/tt&gt; column, and any of &lt;tt&gt;release_date&lt;/tt&gt;, &lt;tt&gt;duration&lt;/tt&gt;, &lt;tt&gt;director&lt;/tt&gt;, &lt;tt&gt;country&lt;/tt&gt;, &lt;tt&gt;genres&lt;/tt&gt;, &lt;tt&gt;cast&lt;/tt&gt;, …)&lt;/li&gt;&lt;li&gt;IMDb ratings and list exports&lt;/li&gt;&lt;li&gt;Letterboxd exports: watched, ratings, diary and watchlist&lt;/li&gt;&lt;li&gt;Tellico CSV exports&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;For any other CSV file you choose what each column holds on the next page.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Reelkeeper reconnaît ces fichiers à leurs colonnes&#xa0;:&lt;/p&gt;&lt;ul style=&quot;margin-left: 12px; -qt-list-indent: 0;&quot;&gt;&lt;li&gt;sa propre liste de films (une colonne &lt;tt&gt;title&lt;/tt&gt;, et au choix &lt;tt&gt;release_date&lt;/tt&gt;, &lt;tt&gt;duration&lt;/tt&gt;, &lt;tt&gt;director&lt;/tt&gt;, &lt;tt&gt;country&lt;/tt&gt;, &lt;tt&gt;genres&lt;/tt&gt;, &lt;tt&gt;cast&lt;/tt&gt;, …)&lt;/li&gt;&lt;li&gt;les exports de notes et de listes IMDb&lt;/li&gt;&lt;li&gt;les exports Letterboxd&#xa0;: films vus, notes, journal et liste à voir&lt;/li&gt;&lt;li&gt;les exports CSV de Tellico&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Pour tout autre fichier CSV, vous indiquerez à la page suivante ce que contient chaque colonne.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing changes in the catalog until the last step, and the whole import can be undone in one step afterwards (Edit ▸ Undo).</source>
        <translation>Rien ne change dans le catalogue avant la dernière étape, et toute l&apos;importation peut ensuite être annulée en une seule fois (Édition ▸ Annuler).</translation>
    </message>
    <message>
        <source>Import Movies</source>
        <translation>Importer des films</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportFormatPage</name>
    <message>
        <source>Check the File</source>
        <translation>Vérifier le fichier</translation>
    </message>
    <message>
        <source>This is what Reelkeeper found in the file, and the first rows as it reads them.</source>
        <translation>Voici ce que Reelkeeper a trouvé dans le fichier, ainsi que les premières lignes telles qu&apos;il les lit.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>Byte order mark:</source>
        <translation>Marque d&apos;ordre des octets (BOM)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Preview:</source>
        <translation>&amp;Aperçu&#xa0;:</translation>
    </message>
    <message>
        <source>A layout Reelkeeper does not know</source>
        <translation>Une structure que Reelkeeper ne connaît pas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(ignorer)</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>Contenu de la colonne %1</translation>
    </message>
    <message>
        <source>Choose what each column holds in the boxes under the column names; columns left at “(ignore)” are not imported.</source>
        <translation>Choisissez dans les listes sous les noms de colonnes ce que contient chaque colonne&#xa0;; les colonnes laissées sur «&#xa0;(ignorer)&#xa0;» ne sont pas importées.</translation>
    </message>
    <message>
        <source>Choose what each column holds in the boxes under the column names. &lt;b&gt;Pick the column that holds the title to continue.&lt;/b&gt;</source>
        <translation>Choisissez dans les listes sous les noms de colonnes ce que contient chaque colonne. &lt;b&gt;Indiquez la colonne qui contient le titre pour continuer.&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportFormats</name>
    <message>
        <source>The column “%1” appears twice in the header (columns %2 and %3).</source>
        <translation>La colonne «&#xa0;%1&#xa0;» apparaît deux fois dans l&apos;en-tête (colonnes %2 et %3).</translation>
    </message>
    <message>
        <source>The file has no “%1” column, which %2 needs.</source>
        <translation>Le fichier n&apos;a pas de colonne «&#xa0;%1&#xa0;», qu&apos;exige %2.</translation>
    </message>
    <message>
        <source>The title is missing; every movie needs one.</source>
        <translation>Le titre manque&#xa0;; chaque film doit en avoir un.</translation>
    </message>
    <message>
        <source>The release date “%1” is not in the form YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>La date de sortie «&#xa0;%1&#xa0;» n&apos;est pas de la forme AAAA, AAAA-MM ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The budget “%1” is not a plain number: write digits with a point before any decimals, without grouping, sign or currency (such as 1500000.50).</source>
        <translation>Le budget «&#xa0;%1&#xa0;» n&apos;est pas un nombre simple&#xa0;: écrivez des chiffres avec un point avant les décimales, sans séparateur de milliers, signe ni devise (par exemple 1500000.50).</translation>
    </message>
    <message>
        <source>The year “%1” is not a year of four digits.</source>
        <translation>L&apos;année «&#xa0;%1&#xa0;» n&apos;est pas une année à quatre chiffres.</translation>
    </message>
    <message>
        <source>The duration “%1” is not a whole, positive number of minutes.</source>
        <translation>La durée «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier positif de minutes.</translation>
    </message>
    <message>
        <source>The release date “%1” is not a real date.</source>
        <translation>La date de sortie «&#xa0;%1&#xa0;» n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The cast entry “%1” has more than three parts (Actor|Character|role); write a | that belongs to a name as \|.</source>
        <translation>L&apos;entrée de distribution «&#xa0;%1&#xa0;» a plus de trois parties (Acteur|Personnage|rôle)&#xa0;; écrivez une barre verticale qui fait partie d&apos;un nom sous la forme \|.</translation>
    </message>
    <message>
        <source>A cast entry with the role “%1” names neither an actor nor a character.</source>
        <translation>Une entrée de distribution avec le rôle «&#xa0;%1&#xa0;» ne nomme ni acteur ni personnage.</translation>
    </message>
    <message>
        <source>The cast role “%1” of %2 is not one of lead, supporting, minor or cameo.</source>
        <translation>Le rôle «&#xa0;%1&#xa0;» de %2 n&apos;est ni lead, ni supporting, ni minor, ni cameo.</translation>
    </message>
    <message>
        <source>“%1” is a TV series, not a film; skipped.</source>
        <translation>«&#xa0;%1&#xa0;» est une série télévisée, pas un film&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>“%1” is a TV mini series, not a film; skipped.</source>
        <translation>«&#xa0;%1&#xa0;» est une mini-série télévisée, pas un film&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>“%1” is a TV episode, not a film; skipped.</source>
        <translation>«&#xa0;%1&#xa0;» est un épisode de série télévisée, pas un film&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>“%1” is a video game, not a film; skipped.</source>
        <translation>«&#xa0;%1&#xa0;» est un jeu vidéo, pas un film&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>“%1” is a podcast, not a film; skipped.</source>
        <translation>«&#xa0;%1&#xa0;» est un podcast, pas un film&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>“%1” is not an IMDb title id (tt followed by digits).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de titre IMDb (tt suivi de chiffres).</translation>
    </message>
    <message>
        <source>The Letterboxd URI is missing.</source>
        <translation>L&apos;URI Letterboxd est absente.</translation>
    </message>
    <message>
        <source>“%1” is not a Letterboxd address (https://boxd.it/… or https://letterboxd.com/…).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse Letterboxd (https://boxd.it/… ou https://letterboxd.com/…).</translation>
    </message>
    <message>
        <source>IMDb export (legacy layout, before 2017)</source>
        <translation>Export IMDb (ancienne structure, avant 2017)</translation>
    </message>
    <message>
        <source>IMDb list export (current layout)</source>
        <translation>Export de liste IMDb (structure actuelle)</translation>
    </message>
    <message>
        <source>IMDb list export (older layout, without Original Title)</source>
        <translation>Export de liste IMDb (structure plus ancienne, sans Original Title)</translation>
    </message>
    <message>
        <source>IMDb ratings export (current layout)</source>
        <translation>Export des notes IMDb (structure actuelle)</translation>
    </message>
    <message>
        <source>IMDb ratings export (older layout, without Original Title)</source>
        <translation>Export des notes IMDb (structure plus ancienne, sans Original Title)</translation>
    </message>
    <message>
        <source>IMDb export</source>
        <translation>Export IMDb</translation>
    </message>
    <message>
        <source>Letterboxd reviews (reviews.csv)</source>
        <translation>Critiques Letterboxd (reviews.csv)</translation>
    </message>
    <message>
        <source>Letterboxd diary (diary.csv)</source>
        <translation>Journal Letterboxd (diary.csv)</translation>
    </message>
    <message>
        <source>Letterboxd ratings (ratings.csv)</source>
        <translation>Notes Letterboxd (ratings.csv)</translation>
    </message>
    <message>
        <source>Letterboxd watchlist (watchlist.csv)</source>
        <translation>Liste à voir Letterboxd (watchlist.csv)</translation>
    </message>
    <message>
        <source>Letterboxd watched films (watched.csv)</source>
        <translation>Films vus Letterboxd (watched.csv)</translation>
    </message>
    <message>
        <source>Letterboxd watched films or watchlist (watched.csv or watchlist.csv)</source>
        <translation>Films vus ou liste à voir Letterboxd (watched.csv ou watchlist.csv)</translation>
    </message>
    <message>
        <source>Reelkeeper movie list</source>
        <translation>Liste de films Reelkeeper</translation>
    </message>
    <message>
        <source>CSV file with a column mapping</source>
        <translation>Fichier CSV avec correspondance des colonnes</translation>
    </message>
    <message>
        <source>Tellico CSV export</source>
        <translation>Export CSV Tellico</translation>
    </message>
    <message>
        <source>a movie list</source>
        <translation>une liste de films</translation>
    </message>
    <message>
        <source>an IMDb export</source>
        <translation>un export IMDb</translation>
    </message>
    <message>
        <source>a Letterboxd export</source>
        <translation>un export Letterboxd</translation>
    </message>
    <message>
        <source>a Tellico export</source>
        <translation>un export Tellico</translation>
    </message>
    <message>
        <source>The column mapping names column %1, but the header has %2 columns.</source>
        <translation>La correspondance des colonnes nomme la colonne %1, mais l&apos;en-tête a %2 colonnes.</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both mapped to “%3”; map each field from one column only.</source>
        <translation>Les colonnes «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» correspondent toutes deux à «&#xa0;%3&#xa0;»&#xa0;; associez chaque champ à une seule colonne.</translation>
    </message>
    <message>
        <source>No column is mapped to “title”; every movie needs a title.</source>
        <translation>Aucune colonne ne correspond à «&#xa0;title&#xa0;»&#xa0;; chaque film doit avoir un titre.</translation>
    </message>
    <message>
        <source>This row has %1 fields, but the header has %2 columns.</source>
        <translation>Cette ligne a %1 champs, mais l&apos;en-tête a %2 colonnes.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportNotesModel</name>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportOptionsPage</name>
    <message>
        <source>Duplicates and Preview</source>
        <translation>Doublons et aperçu</translation>
    </message>
    <message>
        <source>A row describes a movie the catalog already has when its IMDb id or Letterboxd address matches, or else its title, year and director.</source>
        <translation>Une ligne correspond à un film déjà présent dans le catalogue si son identifiant IMDb ou son adresse Letterboxd concorde, ou à défaut si son titre, son année et son réalisateur concordent.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>When a movie is already in the catalog</source>
        <translation>Quand un film est déjà dans le catalogue</translation>
    </message>
    <message>
        <source>&amp;Skip the row</source>
        <translation>I&amp;gnorer la ligne</translation>
    </message>
    <message>
        <source>The catalog&apos;s movie stays as it is; the row is listed in the report.</source>
        <translation>Le film du catalogue reste tel quel&#xa0;; la ligne est mentionnée dans le rapport.</translation>
    </message>
    <message>
        <source>&amp;Update the catalog&apos;s movie</source>
        <translation>&amp;Mettre à jour le film du catalogue</translation>
    </message>
    <message>
        <source>Filled cells replace what the catalog has; empty cells keep it.</source>
        <translation>Les cellules remplies remplacent les données du catalogue&#xa0;; les cellules vides les conservent.</translation>
    </message>
    <message>
        <source>&amp;Add the row as another movie</source>
        <translation>&amp;Ajouter la ligne comme un autre film</translation>
    </message>
    <message>
        <source>Every row becomes a new movie, even when the catalog has one like it.</source>
        <translation>Chaque ligne devient un nouveau film, même si le catalogue en a déjà un semblable.</translation>
    </message>
    <message>
        <source>Dry run (nothing is changed yet)</source>
        <translation>Simulation (rien n&apos;est encore modifié)</translation>
    </message>
    <message>
        <source>Trying the import with this choice…</source>
        <translation>Essai de l&apos;importation avec ce choix…</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was changed.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <source>The first %1 of %2 rows that would not be imported as they are:</source>
        <translation>Les %1 premières des %2 lignes qui ne seraient pas importées telles quelles&#xa0;:</translation>
    </message>
    <message>
        <source>Rows that would not be imported as they are:</source>
        <translation>Lignes qui ne seraient pas importées telles quelles&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>The catalog changes only when the whole file has been read. Cancel leaves it as it was.</source>
        <translation>Le catalogue ne change qu&apos;une fois le fichier entièrement lu. «&#xa0;Annuler&#xa0;» le laisse tel quel.</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Importation de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>%1 of %2 read</source>
        <translation>%1 sur %2 lus</translation>
    </message>
    <message>
        <source>Cancelling; the catalog stays as it was…</source>
        <translation>Annulation&#xa0;; le catalogue reste tel quel…</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportReportPage</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>&amp;Copy Report</source>
        <translation>&amp;Copier le rapport</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>Sa&amp;ve Report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>The import stopped; the catalog was not changed.</source>
        <translation>L&apos;importation s&apos;est arrêtée&#xa0;; le catalogue n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Every row was imported.</source>
        <translation>Toutes les lignes ont été importées.</translation>
    </message>
    <message>
        <source>Each row below was left out or imported without a part, with the reason.</source>
        <translation>Chacune des lignes ci-dessous a été écartée ou importée en partie seulement&#xa0;; la raison est indiquée.</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Édition ▸ Annuler revient sur toute l&apos;importation.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::ImportWizard</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Release date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>Durée (minutes)</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import Movies</source>
        <translation>Importer des films</translation>
    </message>
    <message>
        <source>Choose a file to import.</source>
        <translation>Choisissez un fichier à importer.</translation>
    </message>
    <message>
        <source>%1 import report.txt</source>
        <translation>Rapport d&apos;importation %1.txt</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Enregistrer le rapport d&apos;importation</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être enregistré dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule ( ; )</translation>
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
        <translation>Ouverture du catalogue…</translation>
    </message>
    <message>
        <source>&amp;Add Movie…</source>
        <translation>&amp;Ajouter un film…</translation>
    </message>
    <message>
        <source>Add a movie to the catalog</source>
        <translation>Ajouter un film au catalogue</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import movies from a CSV file</source>
        <translation>Importer des films depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Reelkeeper</source>
        <translation>À &amp;propos de Reelkeeper</translation>
    </message>
    <message>
        <source>About Reelkeeper</source>
        <translation>À propos de Reelkeeper</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Reelkeeper %1&lt;/h3&gt;&lt;p&gt;A movie catalog for archivists and collectors.&lt;/p&gt;&lt;p&gt;Catalog: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Reelkeeper %1&lt;/h3&gt;&lt;p&gt;Un catalogue de films pour archivistes et collectionneurs.&lt;/p&gt;&lt;p&gt;Catalogue&#xa0;: %2&lt;br&gt;Version de schéma %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Movie</source>
        <translation>F&amp;ilm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&lt;b&gt;This catalog looks damaged.&lt;/b&gt; %1&lt;br&gt;Make a copy of the catalog file now, then run &lt;tt&gt;reelkeeper --db &quot;%2&quot; check&lt;/tt&gt; for a full report.</source>
        <translation>&lt;b&gt;Ce catalogue semble endommagé.&lt;/b&gt; %1&lt;br&gt;Faites maintenant une copie du fichier de catalogue, puis lancez &lt;tt&gt;reelkeeper --db &quot;%2&quot; check&lt;/tt&gt; pour un rapport complet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln movie(s)</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>Search titles, people and characters</source>
        <translation>Rechercher dans les titres, les personnes et les personnages</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected movies (undo brings them back)</source>
        <translation>Supprimer les films sélectionnés (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Delete Movies</source>
        <translation>Supprimer des films</translation>
    </message>
    <message>
        <source>%1 — undo with %2</source>
        <translation>%1 — annuler avec %2</translation>
    </message>
    <message>
        <source>Reelkeeper</source>
        <translation>Reelkeeper</translation>
    </message>
    <message>
        <source>&amp;Edit Movie…</source>
        <translation>&amp;Modifier le film…</translation>
    </message>
    <message>
        <source>Edit the selected movie</source>
        <translation>Modifier le film sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate Movie</source>
        <translation>&amp;Dupliquer le film</translation>
    </message>
    <message>
        <source>Add a copy of the selected movie</source>
        <translation>Ajouter une copie du film sélectionné</translation>
    </message>
    <message>
        <source>Add Movie</source>
        <translation>Ajouter un film</translation>
    </message>
    <message>
        <source>Edit Movie</source>
        <translation>Modifier le film</translation>
    </message>
    <message>
        <source>Duplicate Movie</source>
        <translation>Dupliquer le film</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the catalog&apos;s window</source>
        <translation>Fermer la fenêtre du catalogue</translation>
    </message>
    <message>
        <source>&amp;Export Movies…</source>
        <translation>&amp;Exporter des films…</translation>
    </message>
    <message>
        <source>Write all movies, or those of the current search, to a CSV file</source>
        <translation>Écrire tous les films, ou ceux de la recherche en cours, dans un fichier CSV</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln movie(s) from %1</source>
        <translation>
            <numerusform>%Ln film importé depuis %1</numerusform>
            <numerusform>%Ln films importés depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>Importation depuis %2&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new movie(s)</source>
        <translation>
            <numerusform>%Ln nouveau film</numerusform>
            <numerusform>%Ln nouveaux films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln updated</source>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln movie(s) to %1</source>
        <translation>
            <numerusform>%Ln film exporté vers %1</numerusform>
            <numerusform>%Ln films exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Rien n’a été importé depuis %1.</translation>
    </message>
    <message>
        <source>Undoing or redoing the import…</source>
        <translation>Annulation ou rétablissement de l’importation…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Export &amp;Bundle…</source>
        <translation>Exporter un &amp;paquet…</translation>
    </message>
    <message>
        <source>Write the whole catalog with its images to a folder that imports back losslessly</source>
        <translation>Écrire tout le catalogue avec ses images dans un dossier qui se réimporte sans perte</translation>
    </message>
    <message>
        <source>Import B&amp;undle…</source>
        <translation>Importer un paq&amp;uet…</translation>
    </message>
    <message>
        <source>Add everything in a Reelkeeper bundle folder to this catalog</source>
        <translation>Ajouter à ce catalogue tout le contenu d&apos;un dossier de paquet Reelkeeper</translation>
    </message>
    <message>
        <source>Countries and &amp;Genres…</source>
        <translation>Pays et &amp;genres…</translation>
    </message>
    <message>
        <source>Rename, merge and delete countries and genres</source>
        <translation>Renommer, fusionner et supprimer des pays et des genres</translation>
    </message>
    <message>
        <source>&amp;Movies</source>
        <translation>&amp;Films</translation>
    </message>
    <message>
        <source>Browse the movies</source>
        <translation>Parcourir les films</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Browse the people: directors and actors, with their photos and filmographies</source>
        <translation>Parcourir les personnes&#xa0;: réalisateurs et acteurs, avec leurs photos et leurs filmographies</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <source>Add a person with a photo gallery and credits</source>
        <translation>Ajouter une personne avec une galerie de photos et des participations</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Modifier la personne</translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation>Supprimer des personnes</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %Ln person(s) — undo with %1</source>
        <translation>
            <numerusform>%Ln personne supprimée — annuler avec %1</numerusform>
            <numerusform>%Ln personnes supprimées — annuler avec %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Bundle: Choose Where to Put It</source>
        <translation>Exporter un paquet&#xa0;: choisir l&apos;emplacement</translation>
    </message>
    <message>
        <source>Reelkeeper bundle %1</source>
        <translation>Paquet Reelkeeper %1</translation>
    </message>
    <message>
        <source>Import Bundle</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <source>%1 is not a Reelkeeper bundle: it has no manifest.json.

To import a CSV file, use File › Import….</source>
        <translation>%1 n&apos;est pas un paquet Reelkeeper&#xa0;: il ne contient pas de manifest.json.

Pour importer un fichier CSV, utilisez Fichier › Importer….</translation>
    </message>
    <message>
        <source>Export Bundle</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln movie(s) with %1 images to %2</source>
        <translation>
            <numerusform>%Ln film exporté avec %1 image(s) vers %2</numerusform>
            <numerusform>%Ln films exportés avec %1 image(s) vers %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing or redoing the bundle import…</source>
        <translation>Annulation ou rétablissement de l&apos;importation du paquet…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln movie(s) from the bundle</source>
        <translation>
            <numerusform>%Ln film importé depuis le paquet</numerusform>
            <numerusform>%Ln films importés depuis le paquet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 already in the catalog)</source>
        <translation>%1 (dont %2 déjà dans le catalogue)</translation>
    </message>
    <message>
        <source>%1 movies</source>
        <translation>%1 film(s)</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personne(s)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1 personnage(s)</translation>
    </message>
    <message>
        <source>%1 countries</source>
        <translation>%1 pays</translation>
    </message>
    <message>
        <source>%1 genres</source>
        <translation>%1 genre(s)</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 image(s)</translation>
    </message>
    <message>
        <source>%1 user accounts</source>
        <translation>%1 compte(s) utilisateur</translation>
    </message>
    <message>
        <source>The bundle %1 is whole and can be imported. It holds:</source>
        <translation>Le paquet %1 est complet et peut être importé. Il contient&#xa0;:</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>The catalog is empty, so the records keep their numbers.</source>
        <translation>Le catalogue est vide, les fiches conservent donc leurs numéros.</translation>
    </message>
    <message>
        <source>The records get new numbers in this catalog.</source>
        <translation>Les fiches reçoivent de nouveaux numéros dans ce catalogue.</translation>
    </message>
    <message>
        <source>Undo removes the import again.</source>
        <translation>Annuler retire de nouveau l&apos;importation.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The bundle export is still running. Stop it and close?</source>
        <translation>L&apos;exportation du paquet est toujours en cours. L&apos;arrêter et fermer&#xa0;?</translation>
    </message>
    <message>
        <source>The bundle import is still running. Stop it (nothing is imported) and close?</source>
        <translation>L&apos;importation du paquet est toujours en cours. L&apos;arrêter (rien ne sera importé) et fermer&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Favorite</source>
        <translation>&amp;Favori</translation>
    </message>
    <message>
        <source>Add the selected movies to your favorites, or take them out</source>
        <translation>Ajouter les films sélectionnés à vos favoris, ou les en retirer</translation>
    </message>
    <message>
        <source>My &amp;Favorites</source>
        <translation>Mes fa&amp;voris</translation>
    </message>
    <message>
        <source>Show only the movies in your favorites</source>
        <translation>Afficher seulement les films de vos favoris</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>%1 — %2 — Reelkeeper</source>
        <translation>%1 — %2 — Reelkeeper</translation>
    </message>
    <message>
        <source>Favorites</source>
        <translation>Favoris</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MediaStore</name>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Impossible de démarrer une transaction sur le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not list the catalog&apos;s media files: %1</source>
        <translation>Impossible de lister les fichiers médias du catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB); Reelkeeper accepts images of at most %2 MB.</source>
        <translation>L&apos;image est trop volumineuse (%1 Mo)&#xa0;; Reelkeeper accepte des images de %2 Mo au plus.</translation>
    </message>
    <message>
        <source>The file is empty; it is not an image.</source>
        <translation>Le fichier est vide&#xa0;; ce n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>This is not an image Reelkeeper accepts (JPEG, PNG, WebP or GIF).</source>
        <translation>Ce n&apos;est pas une image acceptée par Reelkeeper (JPEG, PNG, WebP ou GIF).</translation>
    </message>
    <message>
        <source>%1 images cannot be read on this computer: Qt&apos;s image plugin for %1 is not installed.</source>
        <translation>Les images %1 ne peuvent pas être lues sur cet ordinateur&#xa0;: le module d&apos;images Qt pour %1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The %1 image is incomplete: the file was cut short or is damaged.</source>
        <translation>L&apos;image %1 est incomplète&#xa0;: le fichier a été tronqué ou est endommagé.</translation>
    </message>
    <message>
        <source>The %1 image cannot be read: %2</source>
        <translation>L&apos;image %1 ne peut pas être lue&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels, more than Reelkeeper accepts (%3 million pixels at most). It was refused, as it could exhaust the computer&apos;s memory.</source>
        <translation>L&apos;image fait %1 x %2 pixels, plus que ce que Reelkeeper accepte (%3 millions de pixels au plus). Elle a été refusée, car elle pourrait épuiser la mémoire de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The %1 image is damaged and cannot be decoded: %2</source>
        <translation>L&apos;image %1 est endommagée et ne peut pas être décodée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not store the image: its name &quot;%1&quot; is not a media name.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image&#xa0;: son nom « %1&#xa0;» n&apos;est pas un nom de média.</translation>
    </message>
    <message>
        <source>Could not store the image: %1 is a symbolic link; the media folder must hold its files itself.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image&#xa0;: %1 est un lien symbolique&#xa0;; le dossier des médias doit contenir ses fichiers lui-même.</translation>
    </message>
    <message>
        <source>Could not create the media folder %1.</source>
        <translation>Impossible de créer le dossier des médias %1.</translation>
    </message>
    <message>
        <source>Could not write the image %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;image %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>The file %1 is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.</source>
        <translation>Le fichier %1 est trop volumineux (%2 Mo)&#xa0;; Reelkeeper accepte des images de %3 Mo au plus.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file %1 was not added: %2</source>
        <translation>Le fichier %1 n&apos;a pas été ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not look up the image in the catalog: %1</source>
        <translation>Impossible de rechercher l&apos;image dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not record the image in the catalog: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not look up media file %1: %2</source>
        <translation>Impossible de rechercher le fichier média %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The catalog has no media file %1.</source>
        <translation>Le catalogue n&apos;a pas de fichier média %1.</translation>
    </message>
    <message>
        <source>Could not remove media file %1: %2</source>
        <translation>Impossible de supprimer le fichier média %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not list unused media files: %1</source>
        <translation>Impossible de lister les fichiers médias inutilisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not remove unused media files: %1</source>
        <translation>Impossible de supprimer les fichiers médias inutilisés&#xa0;: %1</translation>
    </message>
    <message>
        <source>its header is damaged.</source>
        <translation>son en-tête est endommagé.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Migrator</name>
    <message>
        <source>This catalog was written by a newer version of Reelkeeper (schema version %1; this version knows up to %2). Update Reelkeeper to open it; the catalog was not changed.</source>
        <translation>Ce catalogue a été écrit par une version plus récente de Reelkeeper (version de schéma %1&#xa0;; cette version connaît jusqu&apos;à %2). Mettez Reelkeeper à jour pour l&apos;ouvrir&#xa0;; le catalogue n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not upgrade the catalog to schema version %1 (%2): %3. The catalog was left as it was.</source>
        <translation>Impossible de mettre le catalogue à la version de schéma %1 (%2)&#xa0;: %3. Le catalogue est resté tel quel.</translation>
    </message>
    <message>
        <source>it leaves rows of %1 pointing at missing rows</source>
        <translation>elle laisse des lignes de %1 pointant vers des lignes absentes</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieBrowser</name>
    <message>
        <source>Movies</source>
        <translation>Films</translation>
    </message>
    <message>
        <source>Posters</source>
        <translation>Affiches</translation>
    </message>
    <message>
        <source>Search titles, people and characters</source>
        <translation>Rechercher dans les titres, les personnes et les personnages</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Decade</source>
        <translation>Décennie</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplets</translation>
    </message>
    <message>
        <source>Only movies whose director, country or genres are missing</source>
        <translation>Seulement les films dont la réalisation, le pays ou les genres manquent</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Show the movies as a table (Ctrl+1)</source>
        <translation>Afficher les films en tableau (Ctrl+1)</translation>
    </message>
    <message>
        <source>Show the movies as a grid of posters (Ctrl+2)</source>
        <translation>Afficher les films en grille d&apos;affiches (Ctrl+2)</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>%1s</source>
        <translation>Années %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln movie(s)</source>
        <translation>
            <numerusform>%Ln film</numerusform>
            <numerusform>%Ln films</numerusform>
        </translation>
    </message>
    <message>
        <source>No movies match these filters.</source>
        <translation>Aucun film ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No movies match “%1”.
Search looks in titles, people and characters.</source>
        <translation>Aucun film ne correspond à « %1&#xa0;».
La recherche porte sur les titres, les personnes et les personnages.</translation>
    </message>
    <message>
        <source>My favorites</source>
        <translation>Mes favoris</translation>
    </message>
    <message>
        <source>Only the movies in your favorites</source>
        <translation>Seulement les films de vos favoris</translation>
    </message>
    <message>
        <source>No favorites yet.
Click the heart of a movie to add it here.</source>
        <translation>Aucun favori pour l&apos;instant.
Cliquez sur le cœur d&apos;un film pour l&apos;ajouter ici.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieCommands</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n movie(s)</source>
        <translation>
            <numerusform>Supprimer %n film</numerusform>
            <numerusform>Supprimer %n films</numerusform>
        </translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter « %1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1&#xa0;»</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de commencer la transaction&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not undo the import: %1</source>
        <translation>Impossible d&apos;annuler l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not redo the import: %1</source>
        <translation>Impossible de rétablir l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import bundle “%1”</source>
        <translation>Importer le paquet «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieDetailPane</name>
    <message>
        <source>The movie could not be read from the catalog: %1</source>
        <translation>Le film n&apos;a pas pu être lu dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit this movie</source>
        <translation>Modifier ce film</translation>
    </message>
    <message>
        <source>Cast</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>No genres</source>
        <translation>Aucun genre</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Release date, running time and country</source>
        <translation>Date de sortie, durée et pays</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Réalisation</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <source>Select a movie to see its details</source>
        <translation>Sélectionnez un film pour voir ses détails</translation>
    </message>
    <message>
        <source>This movie is no longer in the catalog</source>
        <translation>Ce film n&apos;est plus dans le catalogue</translation>
    </message>
    <message>
        <source>Budget: %1</source>
        <translation>Budget&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <comment>running time</comment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>No country</source>
        <translation>Aucun pays</translation>
    </message>
    <message>
        <source>Directed by %1</source>
        <translation>Réalisé par %1</translation>
    </message>
    <message>
        <source>Unknown director</source>
        <translation>Réalisation inconnue</translation>
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
        <translation>Personne inconnue</translation>
    </message>
    <message>
        <source>lead</source>
        <comment>character role</comment>
        <translation>rôle principal</translation>
    </message>
    <message>
        <source>supporting</source>
        <comment>character role</comment>
        <translation>second rôle</translation>
    </message>
    <message>
        <source>minor</source>
        <comment>character role</comment>
        <translation>petit rôle</translation>
    </message>
    <message>
        <source>cameo</source>
        <comment>character role</comment>
        <translation>caméo</translation>
    </message>
    <message>
        <source>In My Favorites</source>
        <translation>Dans mes favoris</translation>
    </message>
    <message>
        <source>Add to My Favorites</source>
        <translation>Ajouter à mes favoris</translation>
    </message>
    <message>
        <source>Remove this movie from your favorites</source>
        <translation>Retirer ce film de vos favoris</translation>
    </message>
    <message>
        <source>Add this movie to your favorites</source>
        <translation>Ajouter ce film à vos favoris</translation>
    </message>
    <message>
        <source>1 person loves this</source>
        <translation>1 personne aime ce film</translation>
    </message>
    <message numerus="yes">
        <source>%n people love this</source>
        <comment>how many users have the movie among their favorites</comment>
        <translation>
            <numerusform>%n personne aime ce film</numerusform>
            <numerusform>%n personnes aiment ce film</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieEditorDialog</name>
    <message>
        <source>Add Movie</source>
        <translation>Ajouter un film</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>1972, 1972-03 or 1972-03-24</source>
        <translation>1972, 1972-03 ou 1972-03-24</translation>
    </message>
    <message>
        <source>&amp;Release date:</source>
        <translation>Date de &amp;sortie&#xa0;:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée&#xa0;:</translation>
    </message>
    <message>
        <source>1500000.50</source>
        <translation>1500000.50</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget&#xa0;:</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Di&amp;rector:</source>
        <translation>&amp;Réalisation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Filter genres</source>
        <translation>Filtrer les genres</translation>
    </message>
    <message>
        <source>New genre</source>
        <translation>Nouveau genre</translation>
    </message>
    <message>
        <source>&amp;Add Genre</source>
        <translation>A&amp;jouter le genre</translation>
    </message>
    <message>
        <source>&amp;Genres:</source>
        <translation>&amp;Genres&#xa0;:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription&#xa0;:</translation>
    </message>
    <message>
        <source>Drop an image here, or paste one with %1.</source>
        <translation>Déposez une image ici, ou collez-en une avec %1.</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>Choisir un &amp;fichier…</translation>
    </message>
    <message>
        <source>From A&amp;ddress…</source>
        <translation>Depuis une a&amp;dresse…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Choose a Poster</source>
        <translation>Choisir une affiche</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif);;All Files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Poster From Address</source>
        <translation>Affiche depuis une adresse</translation>
    </message>
    <message>
        <source>Address of the image (http or https):</source>
        <translation>Adresse de l&apos;image (http ou https)&#xa0;:</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1&#xa0;»</translation>
    </message>
    <message>
        <source>Could not read the genres: %1</source>
        <translation>Impossible de lire les genres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add the genre “%1”: %2</source>
        <translation>Impossible d&apos;ajouter le genre « %1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>No poster</source>
        <translation>Pas d&apos;affiche</translation>
    </message>
    <message>
        <source>The poster cannot be found in the catalog.</source>
        <translation>L&apos;affiche est introuvable dans le catalogue.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The poster cannot be shown.</source>
        <translation>L&apos;affiche ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>« %1&#xa0;» n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.</source>
        <translation>« %1&#xa0;» est trop volumineux (%2 Mo)&#xa0;; Reelkeeper accepte des images de %3 Mo au plus.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not used as the poster. %2</source>
        <translation>« %1&#xa0;» n&apos;a pas été utilisé comme affiche. %2</translation>
    </message>
    <message>
        <source>The image is empty; nothing was used as the poster.</source>
        <translation>L&apos;image est vide&#xa0;; rien n&apos;a été utilisé comme affiche.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG; nothing was used as the poster.</source>
        <translation>L&apos;image n&apos;a pas pu être convertie en PNG&#xa0;; rien n&apos;a été utilisé comme affiche.</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Image collée.png</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <source>Downloading the poster from %1…</source>
        <translation>Téléchargement de l&apos;affiche depuis %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Déta&amp;ils</translation>
    </message>
    <message>
        <source>Ca&amp;st</source>
        <translation>Distributi&amp;on</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieExport</name>
    <message>
        <source>Could not read the movies to export: %1</source>
        <translation>Impossible de lire les films à exporter&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; %1 n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieImport</name>
    <message>
        <source>Could not prepare the import: %1</source>
        <translation>Impossible de préparer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The poster %1 was left out: no media folder.</source>
        <translation>L&apos;affiche %1 a été écartée&#xa0;: il n&apos;y a pas de dossier des médias.</translation>
    </message>
    <message>
        <source>The poster %1 was not downloaded; the movie was imported without it.</source>
        <translation>L&apos;affiche %1 n&apos;a pas été téléchargée&#xa0;; le film a été importé sans affiche.</translation>
    </message>
    <message>
        <source>The poster was left out: %1</source>
        <translation>L&apos;affiche a été écartée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The poster %1 could not be read (%2); the movie was imported without it.</source>
        <translation>L&apos;affiche %1 n&apos;a pas pu être lue (%2)&#xa0;; le film a été importé sans affiche.</translation>
    </message>
    <message>
        <source>The poster %1 is too large; the movie was imported without it.</source>
        <translation>L&apos;affiche %1 est trop volumineuse&#xa0;; le film a été importé sans affiche.</translation>
    </message>
    <message>
        <source>The poster %1 would be left out: %2</source>
        <translation>L&apos;affiche %1 serait écartée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The poster %1 was left out: %2</source>
        <translation>L&apos;affiche %1 a été écartée&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is in the catalog already (movie %2); skipped.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà dans le catalogue (film %2)&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>“%1” (%2) is in the catalog already (movie %3); skipped.</source>
        <translation>«&#xa0;%1&#xa0;» (%2) est déjà dans le catalogue (film %3)&#xa0;; ignoré.</translation>
    </message>
    <message>
        <source>Could not index the imported movies for search: %1</source>
        <translation>Impossible d&apos;indexer les films importés pour la recherche&#xa0;: %1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>L&apos;importation a été annulée&#xa0;; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>would import: %1 added, %2 updated, %3 skipped, %4 errors</source>
        <translation>l&apos;importation donnerait&#xa0;: %1 ajouté(s), %2 mis à jour, %3 ignoré(s), %4 erreur(s)</translation>
    </message>
    <message>
        <source>imported: %1 added, %2 updated, %3 skipped, %4 errors</source>
        <translation>importation&#xa0;: %1 ajouté(s), %2 mis à jour, %3 ignoré(s), %4 erreur(s)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file has no header row.</source>
        <translation>Le fichier n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>Could not start the import: %1</source>
        <translation>Impossible de démarrer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported (--strict).</source>
        <translation>Rien n&apos;a été importé (--strict).</translation>
    </message>
    <message>
        <source>Could not save the import: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <source>The header row is not one Reelkeeper knows (no title column). Import it in the window to map its columns, or name one column &quot;title&quot;.</source>
        <translation>Reelkeeper ne reconnaît pas cette ligne d&apos;en-tête (pas de colonne title). Importez le fichier depuis la fenêtre pour faire correspondre ses colonnes, ou nommez une colonne «&#xa0;title&#xa0;».</translation>
    </message>
    <message>
        <source>CSV file with a column mapping</source>
        <translation>Fichier CSV avec correspondance des colonnes</translation>
    </message>
    <message>
        <source>Could not add the person %1: %2</source>
        <translation>Impossible d’ajouter la personne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not add “%1”: %2</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not look for duplicates: %1</source>
        <translation>Impossible de rechercher les doublons&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not replace the genres: %1</source>
        <translation>Impossible de remplacer les genres&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add the genre %1: %2</source>
        <translation>Impossible d’ajouter le genre %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not replace the cast: %1</source>
        <translation>Impossible de remplacer la distribution&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not add the character %1: %2</source>
        <translation>Impossible d’ajouter le personnage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not add the actor %1: %2</source>
        <translation>Impossible d’ajouter l’acteur %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not record where the movie comes from: %1</source>
        <translation>Impossible d’enregistrer la provenance du film&#xa0;: %1</translation>
    </message>
    <message>
        <source>The poster %1 could not be read (%2); the movie would be imported without it.</source>
        <translation>L’affiche %1 n’a pas pu être lue (%2)&#xa0;; le film serait importé sans elle.</translation>
    </message>
    <message>
        <source>The poster %1 is too large; the movie would be imported without it.</source>
        <translation>L’affiche %1 est trop grande&#xa0;; le film serait importé sans elle.</translation>
    </message>
    <message>
        <source>Could not remove what a refused row added: %1</source>
        <translation>Impossible de supprimer ce qu&apos;une ligne refusée avait ajouté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieListModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Genres</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>In your favorites: click to remove</source>
        <translation>Dans vos favoris&#xa0;: cliquez pour le retirer</translation>
    </message>
    <message>
        <source>Click to add to your favorites</source>
        <translation>Cliquez pour l&apos;ajouter à vos favoris</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieRecords</name>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>There is no movie %1 in the catalog.</source>
        <translation>Il n&apos;y a pas de film %1 dans le catalogue.</translation>
    </message>
    <message>
        <source>The movie could not be read from the catalog: %1</source>
        <translation>Le film n&apos;a pas pu être lu dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Impossible de démarrer une transaction sur le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Les modifications n&apos;ont pas pu être écrites dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved because a person, genre, country or poster it refers to is not in the catalog.</source>
        <translation>« %1&#xa0;» n&apos;a pas pu être enregistré, car une personne, un genre, un pays ou une affiche auquel il renvoie n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>« %1&#xa0;» n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” could not be put back because a person, genre, country, poster or user it refers to is no longer in the catalog.</source>
        <translation>« %1&#xa0;» n&apos;a pas pu être rétabli, car une personne, un genre, un pays, une affiche ou un utilisateur auquel il renvoie n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>“%1” could not be put back because the catalog has changed since it was deleted: one of its records has been taken by another entry.</source>
        <translation>« %1&#xa0;» n&apos;a pas pu être rétabli, car le catalogue a changé depuis sa suppression&#xa0;: l&apos;un de ses enregistrements a été repris par une autre entrée.</translation>
    </message>
    <message>
        <source>“%1” could not be put back: %2</source>
        <translation>« %1&#xa0;» n&apos;a pas pu être rétabli&#xa0;: %2</translation>
    </message>
    <message>
        <source>The movies could not be deleted: %1</source>
        <translation>Les films n&apos;ont pas pu être supprimés&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved: a cast entry names a character the movie does not have.</source>
        <translation>« %1&#xa0;» n&apos;a pas pu être enregistré&#xa0;: une entrée de la distribution nomme un personnage que le film n&apos;a pas.</translation>
    </message>
    <message>
        <source>Enter a title: every movie needs one.</source>
        <translation>Saisissez un titre&#xa0;: chaque film en a besoin.</translation>
    </message>
    <message>
        <source>Use a year (1972), a month (1972-03) or a day (1972-03-24).</source>
        <translation>Utilisez une année (1972), un mois (1972-03) ou un jour (1972-03-24).</translation>
    </message>
    <message>
        <source>“%1” is not a real date. %2</source>
        <translation>« %1&#xa0;» n&apos;est pas une date valide. %2</translation>
    </message>
    <message>
        <source>The budget is too long: use at most %1 characters.</source>
        <translation>Le budget est trop long&#xa0;: utilisez au plus %1 caractères.</translation>
    </message>
    <message>
        <source>Write the budget as a plain number with a point before any decimals, such as 1500000 or 1500000.50, without leading zeros, signs, spaces, separators or currency.</source>
        <translation>Écrivez le budget comme un nombre simple avec un point avant les décimales, par exemple 1500000 ou 1500000.50, sans zéros en tête, signe, espace, séparateur ni devise.</translation>
    </message>
    <message>
        <source>Give the duration in whole minutes, from 1 to %1.</source>
        <translation>Indiquez la durée en minutes entières, de 1 à %1.</translation>
    </message>
    <message>
        <source>Character %1 needs a name.</source>
        <translation>Le personnage %1 doit avoir un nom.</translation>
    </message>
    <message>
        <source>The role of character %1 must be lead, supporting, minor or cameo, or left empty.</source>
        <translation>Le rôle du personnage %1 doit être lead, supporting, minor ou cameo, ou rester vide.</translation>
    </message>
    <message>
        <source>Cast entry %1 needs an actor.</source>
        <translation>L&apos;entrée de distribution %1 doit avoir un acteur.</translation>
    </message>
    <message>
        <source>Cast entry %1 names a character that is not among the movie&apos;s characters; choose one of them or none.</source>
        <translation>L&apos;entrée de distribution %1 nomme un personnage qui n&apos;est pas parmi ceux du film&#xa0;; choisissez-en un ou aucun.</translation>
    </message>
    <message>
        <source>“%1” has changed in the catalog since it was opened. Open it again and repeat the edit.</source>
        <translation>« %1&#xa0;» a changé dans le catalogue depuis son ouverture. Rouvrez-le et refaites la modification.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>“%1” could not be put back because another movie has taken its place in the catalog since it was deleted.</source>
        <translation>« %1&#xa0;» n&apos;a pas pu être rétabli, car un autre film a pris sa place dans le catalogue depuis sa suppression.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieSearch</name>
    <message>
        <source>Could not count the movies: %1</source>
        <translation>Impossible de compter les films&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not search the movies: %1</source>
        <translation>Impossible de rechercher les films&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::NewAccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Each person who shares this catalog can have an account with their own favorites.</source>
        <translation>Chaque personne qui partage ce catalogue peut avoir un compte avec ses propres favoris.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PeopleBrowser</name>
    <message>
        <source>Search people by name</source>
        <translation>Rechercher des personnes par nom</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Acting</source>
        <translation>Interprétation</translation>
    </message>
    <message>
        <source>Only people listed in the cast of a movie</source>
        <translation>Seulement les personnes présentes dans la distribution d&apos;un film</translation>
    </message>
    <message>
        <source>Only actors</source>
        <translation>Seulement les acteurs</translation>
    </message>
    <message>
        <source>Directing</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Only people who direct a movie</source>
        <translation>Seulement les personnes qui réalisent un film</translation>
    </message>
    <message>
        <source>Only directors</source>
        <translation>Seulement les réalisateurs</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Sans photo</translation>
    </message>
    <message>
        <source>Only people without a photo</source>
        <translation>Seulement les personnes sans photo</translation>
    </message>
    <message>
        <source>No birth date</source>
        <translation>Sans date de naissance</translation>
    </message>
    <message>
        <source>Only people whose date of birth is unknown</source>
        <translation>Seulement les personnes dont la date de naissance est inconnue</translation>
    </message>
    <message>
        <source>Only people without a birth date</source>
        <translation>Seulement les personnes sans date de naissance</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>New Person…</source>
        <translation>Nouvelle personne…</translation>
    </message>
    <message>
        <source>Add a person to the catalog</source>
        <translation>Ajouter une personne au catalogue</translation>
    </message>
    <message>
        <source>Add a Person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Any gender</source>
        <translation>Tous les genres</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>gender</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Gender unknown</source>
        <translation>Genre inconnu</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln résultat</numerusform>
            <numerusform>%Ln résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>Aucune personne ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No one matches “%1”.
Search looks in first and last names.</source>
        <translation>Aucune personne ne correspond à «&#xa0;%1&#xa0;».
La recherche porte sur les prénoms et les noms.</translation>
    </message>
    <message>
        <source>No people yet.
People appear here when you add them, or when you add directors and cast to movies.</source>
        <translation>Aucune personne pour l&apos;instant.
Les personnes apparaissent ici quand vous les ajoutez, ou quand vous indiquez la réalisation et la distribution de films.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PeopleListModel</name>
    <message>
        <source>%1
born %2</source>
        <translation>%1
naissance&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PeopleSearch</name>
    <message>
        <source>Could not count the people: %1</source>
        <translation>Impossible de compter les personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not search for people: %1</source>
        <translation>Impossible de rechercher des personnes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read people from the catalog: %1</source>
        <translation>Impossible de lire les personnes dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The person could not be read from the catalog: %1</source>
        <translation>La personne n&apos;a pas pu être lue dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The filmography could not be read from the catalog: %1</source>
        <translation>La filmographie n&apos;a pas pu être lue dans le catalogue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonCommands</name>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Impossible de démarrer une transaction sur le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Les modifications n&apos;ont pas pu être écrites dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation>Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people</source>
        <translation>
            <numerusform>Supprimer %n personne</numerusform>
            <numerusform>Supprimer %n personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonDetailPane</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Edit this person</source>
        <translation>Modifier cette personne</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Gender:</source>
        <translation>Genre&#xa0;:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Filmography</source>
        <translation>Filmographie</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>Biographie</translation>
    </message>
    <message>
        <source>Select a person to see their details</source>
        <translation>Sélectionnez une personne pour voir ses détails</translation>
    </message>
    <message>
        <source>This person is no longer in the catalog</source>
        <translation>Cette personne n&apos;est plus dans le catalogue</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Cast, no character named</source>
        <translation>Distribution, sans personnage nommé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>character (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No movies in the catalog</source>
        <translation>Aucun film dans le catalogue</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>gender</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>lead</source>
        <comment>character role</comment>
        <translation>rôle principal</translation>
    </message>
    <message>
        <source>supporting</source>
        <comment>character role</comment>
        <translation>second rôle</translation>
    </message>
    <message>
        <source>minor</source>
        <comment>character role</comment>
        <translation>petit rôle</translation>
    </message>
    <message>
        <source>cameo</source>
        <comment>character role</comment>
        <translation>caméo</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonEditorDialog</name>
    <message>
        <source>Lead</source>
        <translation>Rôle principal</translation>
    </message>
    <message>
        <source>Supporting</source>
        <translation>Second rôle</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Petit rôle</translation>
    </message>
    <message>
        <source>Cameo</source>
        <translation>Caméo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>1949, 1949-10 or 1949-10-08</source>
        <translation>1949, 1949-10 ou 1949-10-08</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date de nai&amp;ssance&#xa0;:</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Non binaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Bi&amp;ography:</source>
        <translation>Bi&amp;ographie&#xa0;:</translation>
    </message>
    <message>
        <source>Movie</source>
        <translation>Film</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Character</source>
        <translation>Personnage</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Add Credit…</source>
        <translation>&amp;Ajouter une participation…</translation>
    </message>
    <message>
        <source>&amp;Remove Credit</source>
        <translation>Re&amp;tirer la participation</translation>
    </message>
    <message>
        <source>Deta&amp;ils</source>
        <translation>Déta&amp;ils</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>P&amp;hotos</translation>
    </message>
    <message>
        <source>C&amp;redits</source>
        <translation>Pa&amp;rticipations</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Directed; change the director in the movie&apos;s editor.</source>
        <translation>Réalisé par cette personne&#xa0;; changez la réalisation dans l&apos;éditeur du film.</translation>
    </message>
    <message>
        <source>(no character)</source>
        <translation>(aucun personnage)</translation>
    </message>
    <message>
        <source>Director</source>
        <translation>Réalisation</translation>
    </message>
    <message>
        <source>Delete “%1”?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n people?</source>
        <translation>
            <numerusform>Supprimer %n personne&#xa0;?</numerusform>
            <numerusform>Supprimer %n personnes&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s) will have no director.</source>
        <translation>
            <numerusform>%n film n&apos;aura plus de réalisation.</numerusform>
            <numerusform>%n films n&apos;auront plus de réalisation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cast entry(s) in %1 will go; their characters stay, without an actor.</source>
        <translation>
            <numerusform>%n entrée de distribution dans %1 va disparaître&#xa0;; son personnage reste, sans acteur.</numerusform>
            <numerusform>%n entrées de distribution dans %1 vont disparaître&#xa0;; leurs personnages restent, sans acteur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) will be removed.</source>
        <translation>
            <numerusform>%n photo sera supprimée.</numerusform>
            <numerusform>%n photos seront supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez annuler cette opération avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <source>Delete People</source>
        <translation>Supprimer des personnes</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PersonRecords</name>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>The person could not be read from the catalog: %1</source>
        <translation>La personne n&apos;a pas pu être lue dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no person %1 in the catalog.</source>
        <translation>Il n&apos;y a pas de personne %1 dans le catalogue.</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Impossible de démarrer une transaction sur le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Les modifications n&apos;ont pas pu être écrites dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved because a country, movie, character or image it refers to is no longer in the catalog.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré, car un pays, un film, un personnage ou une image auquel il renvoie n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>“%1” could not be saved because the catalog has changed meanwhile: one of its records has been taken by another entry.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré, car le catalogue a changé entre-temps&#xa0;: l&apos;un de ses enregistrements a été repris par une autre entrée.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>The photo “%1” is not an image of the catalog&apos;s media folder.</source>
        <translation>La photo «&#xa0;%1&#xa0;» n&apos;est pas une image du dossier des médias du catalogue.</translation>
    </message>
    <message>
        <source>The people could not be deleted: %1</source>
        <translation>Les personnes n&apos;ont pas pu être supprimées&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be put back because another person has taken its place in the catalog.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être rétabli, car une autre personne a pris sa place dans le catalogue.</translation>
    </message>
    <message numerus="yes">
        <source>directs %n movie(s)</source>
        <translation>
            <numerusform>réalise %n film</numerusform>
            <numerusform>réalise %n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>plays %n character(s) in %1</source>
        <translation>
            <numerusform>joue %n personnage dans %1</numerusform>
            <numerusform>joue %n personnages dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>acts in %1</source>
        <translation>joue dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a first or a last name: every person needs one.</source>
        <translation>Saisissez un prénom ou un nom&#xa0;: chaque personne en a besoin.</translation>
    </message>
    <message>
        <source>Use a year (1972), a month (1972-03) or a day (1972-03-24).</source>
        <translation>Utilisez une année (1972), un mois (1972-03) ou un jour (1972-03-24).</translation>
    </message>
    <message>
        <source>“%1” is not a real date. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date valide. %2</translation>
    </message>
    <message>
        <source>The gender must be female, male, non-binary, other or unknown.</source>
        <translation>Le genre doit être femme, homme, non binaire, autre ou inconnu.</translation>
    </message>
    <message>
        <source>Only one photo can be the primary photo.</source>
        <translation>Une seule photo peut être la photo principale.</translation>
    </message>
    <message>
        <source>The photo “%1” is not an image of the catalog.</source>
        <translation>La photo «&#xa0;%1&#xa0;» n&apos;est pas une image du catalogue.</translation>
    </message>
    <message>
        <source>Credit %1 needs a movie.</source>
        <translation>La participation %1 doit avoir un film.</translation>
    </message>
    <message>
        <source>The role in credit %1 must be lead, supporting, minor or cameo, or left empty.</source>
        <translation>Le rôle de la participation %1 doit être lead, supporting, minor ou cameo, ou rester vide.</translation>
    </message>
    <message>
        <source>“%1” has changed in the catalog since it was opened. Open it again and repeat the edit.</source>
        <translation>«&#xa0;%1&#xa0;» a changé dans le catalogue depuis son ouverture. Rouvrez-le et refaites la modification.</translation>
    </message>
    <message>
        <source>“%1” is too large; Reelkeeper accepts images of at most %2 MB.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux&#xa0;; Reelkeeper accepte des images de %2 Mo au plus.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” was not added. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été ajouté. %2</translation>
    </message>
    <message>
        <source>There is no photo %1 in the catalog.</source>
        <translation>Il n&apos;y a pas de photo %1 dans le catalogue.</translation>
    </message>
    <message>
        <source>Choose a movie for the credit.</source>
        <translation>Choisissez un film pour la participation.</translation>
    </message>
    <message>
        <source>The role must be lead, supporting, minor or cameo, or left empty.</source>
        <translation>Le rôle doit être lead, supporting, minor ou cameo, ou rester vide.</translation>
    </message>
    <message>
        <source>The credit could not be added: %1</source>
        <translation>La participation n&apos;a pas pu être ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The credit could not be removed: %1</source>
        <translation>La participation n&apos;a pas pu être retirée&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no credit %1 in the catalog.</source>
        <translation>Il n&apos;y a pas de participation %1 dans le catalogue.</translation>
    </message>
    <message>
        <source>The movies could not be searched: %1</source>
        <translation>Impossible de rechercher les films&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::PhotoGallery</name>
    <message>
        <source>Drop images here, or paste one with %1.</source>
        <translation>Déposez des images ici, ou collez-en une avec %1.</translation>
    </message>
    <message>
        <source>Remove Photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <source>Paste Photo</source>
        <translation>Coller une photo</translation>
    </message>
    <message>
        <source>Add &amp;Photos…</source>
        <translation>Ajouter des &amp;photos…</translation>
    </message>
    <message>
        <source>Add from &amp;Address…</source>
        <translation>Ajouter depuis une &amp;adresse…</translation>
    </message>
    <message>
        <source>Set &amp;Primary</source>
        <translation>&amp;Définir comme principale</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Add Photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.gif);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.gif);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Photo From Address</source>
        <translation>Photo depuis une adresse</translation>
    </message>
    <message>
        <source>Address of the image (http or https):</source>
        <translation>Adresse de l&apos;image (http ou https)&#xa0;:</translation>
    </message>
    <message>
        <source>★ Primary</source>
        <translation>★ Principale</translation>
    </message>
    <message>
        <source>%1 (primary photo)</source>
        <translation>%1 (photo principale)</translation>
    </message>
    <message>
        <source>“%1” was not added. %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été ajouté. %2</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux (%2 Mo)&#xa0;; Reelkeeper accepte des images de %3 Mo au plus.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The image is empty; nothing was added.</source>
        <translation>L&apos;image est vide&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG; nothing was added.</source>
        <translation>L&apos;image n&apos;a pas pu être convertie en PNG&#xa0;; rien n&apos;a été ajouté.</translation>
    </message>
    <message>
        <source>Pasted image.png</source>
        <translation>Image collée.png</translation>
    </message>
    <message>
        <source>The clipboard holds no image.</source>
        <translation>Le presse-papiers ne contient aucune image.</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>The photo cannot be shown: %1</source>
        <translation>La photo ne peut pas être affichée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::RoleDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::SearchIndex</name>
    <message>
        <source>Could not update the search index: %1</source>
        <translation>Impossible de mettre à jour l’index de recherche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Session</name>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Sign in to change an account.</source>
        <translation>Connectez-vous pour modifier un compte.</translation>
    </message>
    <message>
        <source>Only %1&apos;s own account can be changed while %1 is signed in.</source>
        <translation>Tant que la session de %1 est ouverte, seul le compte de %1 peut être modifié.</translation>
    </message>
    <message>
        <source>The password is wrong; the account was not removed.</source>
        <translation>Le mot de passe est incorrect&#xa0;; le compte n&apos;a pas été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>Attendez %n seconde avant de réessayer.</numerusform>
            <numerusform>Attendez %n secondes avant de réessayer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::SignInDialog</name>
    <message>
        <source>Sign In</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Continue as &amp;Guest</source>
        <translation>Continuer en tant qu&apos;&amp;invité</translation>
    </message>
    <message>
        <source>&amp;New Account…</source>
        <translation>&amp;Nouveau compte…</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Who is using Reelkeeper?</source>
        <translation>Qui utilise Reelkeeper&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Create Account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Your own account keeps your own favorites. Once it is created, you are signed in with it.</source>
        <translation>Votre compte conserve vos propres favoris. Dès sa création, votre session s&apos;ouvre avec ce compte.</translation>
    </message>
    <message>
        <source>Nobody has an account in this catalog yet. Create the first one to keep your own favorites, or continue as a guest to browse.</source>
        <translation>Personne n&apos;a encore de compte dans ce catalogue. Créez le premier pour conserver vos propres favoris, ou continuez en tant qu&apos;invité pour parcourir le catalogue.</translation>
    </message>
    <message>
        <source>Try again in %1 s</source>
        <translation>Réessayez dans %1&#xa0;s</translation>
    </message>
    <message>
        <source>Type or choose your username.</source>
        <translation>Saisissez ou choisissez votre nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Sqlite</name>
    <message>
        <source>The connection is not an open SQLite database.</source>
        <translation>La connexion n&apos;est pas une base de données SQLite ouverte.</translation>
    </message>
    <message>
        <source>SQLite refused to enforce foreign keys on this connection.</source>
        <translation>SQLite a refusé d&apos;appliquer les clés étrangères sur cette connexion.</translation>
    </message>
    <message>
        <source>The catalog connection is not an SQLite connection.</source>
        <translation>La connexion au catalogue n&apos;est pas une connexion SQLite.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Taxonomy</name>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>Could not read the catalog: %1</source>
        <translation>Impossible de lire le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not change the catalog: %1</source>
        <translation>Impossible de modifier le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Impossible de démarrer une transaction sur le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Les modifications n&apos;ont pas pu être écrites dans le catalogue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Country %1 is no longer in the catalog.</source>
        <translation>Le pays %1 n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>Genre %1 is no longer in the catalog.</source>
        <translation>Le genre %1 n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>A country needs a name.</source>
        <translation>Un pays doit avoir un nom.</translation>
    </message>
    <message>
        <source>A genre needs a name.</source>
        <translation>Un genre doit avoir un nom.</translation>
    </message>
    <message>
        <source>There is already a country named “%1”.</source>
        <translation>Il existe déjà un pays nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a genre named “%1”.</source>
        <translation>Il existe déjà un genre nommé «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a country named “%1”. To make “%2” and “%1” one country, merge “%2” into “%1” instead.</source>
        <translation>Il existe déjà un pays nommé «&#xa0;%1&#xa0;». Pour faire de «&#xa0;%2&#xa0;» et «&#xa0;%1&#xa0;» un seul pays, fusionnez plutôt «&#xa0;%2&#xa0;» dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a genre named “%1”. To make “%2” and “%1” one genre, merge “%2” into “%1” instead.</source>
        <translation>Il existe déjà un genre nommé «&#xa0;%1&#xa0;». Pour faire de «&#xa0;%2&#xa0;» et «&#xa0;%1&#xa0;» un seul genre, fusionnez plutôt «&#xa0;%2&#xa0;» dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the genre of %n movie(s), so it cannot be deleted. Merge it into another genre instead.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est le genre de %n film, il ne peut donc pas être supprimé. Fusionnez-le plutôt dans un autre genre.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est le genre de %n films, il ne peut donc pas être supprimé. Fusionnez-le plutôt dans un autre genre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>“%1” is the country of %2, so it cannot be deleted. Merge it into another country instead.</source>
        <translation>«&#xa0;%1&#xa0;» est le pays de %2, il ne peut donc pas être supprimé. Fusionnez-le plutôt dans un autre pays.</translation>
    </message>
    <message>
        <source>The country “%1” could not be put back: another country has its name now.</source>
        <translation>Le pays «&#xa0;%1&#xa0;» n&apos;a pas pu être rétabli&#xa0;: un autre pays porte désormais son nom.</translation>
    </message>
    <message>
        <source>The genre “%1” could not be put back: another genre has its name now.</source>
        <translation>Le genre «&#xa0;%1&#xa0;» n&apos;a pas pu être rétabli&#xa0;: un autre genre porte désormais son nom.</translation>
    </message>
    <message>
        <source>“%1” could not be put back: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être rétabli&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be merged into itself.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être fusionné avec lui-même.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::TaxonomyCommands</name>
    <message>
        <source>Add Country “%1”</source>
        <translation>Ajouter le pays «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add Genre “%1”</source>
        <translation>Ajouter le genre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>Renommer «&#xa0;%1&#xa0;» en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Choose what to merge first.</source>
        <translation>Choisissez d&apos;abord ce qu&apos;il faut fusionner.</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Merge %n entries into “%1”</source>
        <translation>
            <numerusform>Fusionner %n entrée dans «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Fusionner %n entrées dans «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Country “%1”</source>
        <translation>Supprimer le pays «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete Genre “%1”</source>
        <translation>Supprimer le genre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n countries</source>
        <translation>
            <numerusform>Supprimer %n pays</numerusform>
            <numerusform>Supprimer %n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n genres</source>
        <translation>
            <numerusform>Supprimer %n genre</numerusform>
            <numerusform>Supprimer %n genres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reelkeeper::TaxonomyDialog</name>
    <message>
        <source>Countries and Genres</source>
        <translation>Pays et genres</translation>
    </message>
    <message>
        <source>&amp;Countries</source>
        <translation>&amp;Pays</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Films</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Movies made in this country</source>
        <translation>Films de ce pays</translation>
    </message>
    <message>
        <source>Movies of this genre</source>
        <translation>Films de ce genre</translation>
    </message>
    <message>
        <source>People from this country</source>
        <translation>Personnes originaires de ce pays</translation>
    </message>
    <message>
        <source>Filter countries</source>
        <translation>Filtrer les pays</translation>
    </message>
    <message>
        <source>Filter genres</source>
        <translation>Filtrer les genres</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner dans…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Add a country</source>
        <translation>Ajouter un pays</translation>
    </message>
    <message>
        <source>Add a genre</source>
        <translation>Ajouter un genre</translation>
    </message>
    <message>
        <source>Rename the selected entry (F2, or double-click its name)</source>
        <translation>Renommer l&apos;entrée sélectionnée (F2, ou double-clic sur son nom)</translation>
    </message>
    <message>
        <source>Make the selected countries one: everything that uses them uses the country you choose instead</source>
        <translation>Réunir les pays sélectionnés en un seul&#xa0;: tout ce qui les utilise utilisera à la place le pays que vous choisissez</translation>
    </message>
    <message>
        <source>Make the selected genres one: every movie that has them has the genre you choose instead</source>
        <translation>Réunir les genres sélectionnés en un seul&#xa0;: chaque film qui les a aura à la place le genre que vous choisissez</translation>
    </message>
    <message>
        <source>Add Country</source>
        <translation>Ajouter un pays</translation>
    </message>
    <message>
        <source>Add Genre</source>
        <translation>Ajouter un genre</translation>
    </message>
    <message>
        <source>Name of the new country:</source>
        <translation>Nom du nouveau pays&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new genre:</source>
        <translation>Nom du nouveau genre&#xa0;:</translation>
    </message>
    <message>
        <source>Merge Countries</source>
        <translation>Fusionner des pays</translation>
    </message>
    <message>
        <source>Merge Genres</source>
        <translation>Fusionner des genres</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n genres</source>
        <translation>
            <numerusform>%n genre</numerusform>
            <numerusform>%n genres</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge %1 into:</source>
        <translation>Fusionner %1 dans&#xa0;:</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message numerus="yes">
        <source>%n movie(s)</source>
        <translation>
            <numerusform>%n film</numerusform>
            <numerusform>%n films</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Every movie and person from %1 will be from the chosen country, and %1 will be deleted. You can undo this.</source>
        <translation>Tous les films et toutes les personnes de %1 auront le pays choisi, puis Reelkeeper supprimera %1. Vous pouvez annuler cette opération.</translation>
    </message>
    <message>
        <source>Every movie of %1 will have the chosen genre instead, and %1 will be deleted. You can undo this.</source>
        <translation>Tous les films de %1 auront à la place le genre choisi, puis Reelkeeper supprimera %1. Vous pouvez annuler cette opération.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the genre of %n movie(s). Merge it into another genre instead.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est le genre de %n film. Fusionnez-le plutôt dans un autre genre.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est le genre de %n films. Fusionnez-le plutôt dans un autre genre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the country of %n movie(s). Merge it into another country instead.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est le pays de %n film. Fusionnez-le plutôt dans un autre pays.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est le pays de %n films. Fusionnez-le plutôt dans un autre pays.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is the country of %n person(s). Merge it into another country instead.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est le pays de %n personne. Fusionnez-le plutôt dans un autre pays.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est le pays de %n personnes. Fusionnez-le plutôt dans un autre pays.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is the country of %2 and %3. Merge it into another country instead.</source>
        <translation>«&#xa0;%1&#xa0;» est le pays de %2 et de %3. Fusionnez-le plutôt dans un autre pays.</translation>
    </message>
    <message>
        <source>Select unused countries to delete them</source>
        <translation>Sélectionnez des pays inutilisés pour les supprimer</translation>
    </message>
    <message>
        <source>Select unused genres to delete them</source>
        <translation>Sélectionnez des genres inutilisés pour les supprimer</translation>
    </message>
    <message>
        <source>Delete the selected entries</source>
        <translation>Supprimer les entrées sélectionnées</translation>
    </message>
    <message>
        <source>No countries yet.
They are added with movies and people, by imports, or here with Add…</source>
        <translation>Aucun pays pour l&apos;instant.
Ils sont ajoutés avec les films et les personnes, par les importations, ou ici avec Ajouter…</translation>
    </message>
    <message>
        <source>No genres yet.
They are added with movies, by imports, or here with Add…</source>
        <translation>Aucun genre pour l&apos;instant.
Ils sont ajoutés avec les films, par les importations, ou ici avec Ajouter…</translation>
    </message>
    <message>
        <source>No country matches “%1”.</source>
        <translation>Aucun pays ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No genre matches “%1”.</source>
        <translation>Aucun genre ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>catalog schema %1</source>
        <translation>schéma de catalogue %1</translation>
    </message>
    <message>
        <source>Reelkeeper</source>
        <translation>Reelkeeper</translation>
    </message>
    <message>
        <source>The catalog could not be opened.

%1</source>
        <translation>Le catalogue n&apos;a pas pu être ouvert.

%1</translation>
    </message>
</context>
</TS>
