<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Le catalogue %1 ne peut pas être lu : accès refusé.</translation>
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
        <translation>%1 n&apos;est pas un catalogue Reelkeeper : ce n&apos;est pas une base de données SQLite. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The catalog %1 is already open in another Reelkeeper (process %2). Close it there first.</source>
        <translation>Le catalogue %1 est déjà ouvert dans un autre Reelkeeper (processus %2). Fermez-le d&apos;abord là-bas.</translation>
    </message>
    <message>
        <source>Could not lock the catalog %1: the folder is not writable.</source>
        <translation>Impossible de verrouiller le catalogue %1 : le dossier n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>%1 is not a Reelkeeper catalog, or it is damaged: %2. It was not changed.</source>
        <translation>%1 n&apos;est pas un catalogue Reelkeeper, ou il est endommagé : %2. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not a Reelkeeper catalog. It was not changed.</source>
        <translation>%1 est une base de données SQLite d&apos;une autre application, pas un catalogue Reelkeeper. Le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Reelkeeper (schema version %2; this version knows up to %3). Update Reelkeeper to open it. It was not changed.</source>
        <translation>%1 a été écrit par une version plus récente de Reelkeeper (version de schéma %2 ; cette version connaît jusqu&apos;à %3). Mettez Reelkeeper à jour pour l&apos;ouvrir. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The catalog %1 is damaged: %2. Run &quot;reelkeeper --db %1 check&quot; for a full report.</source>
        <translation>Le catalogue %1 est endommagé : %2. Lancez « reelkeeper --db %1 check » pour un rapport complet.</translation>
    </message>
    <message>
        <source>Could not switch the catalog %1 to write-ahead logging.</source>
        <translation>Impossible de passer le catalogue %1 en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>Could not create the catalog %1 (%2): the folder is not writable for Reelkeeper.</source>
        <translation>Impossible de créer le catalogue %1 (%2) : le dossier n&apos;est pas accessible en écriture pour Reelkeeper.</translation>
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
        <translation>la vérification d&apos;intégrité n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>intégrité : %1</translation>
    </message>
    <message>
        <source>foreign key check could not run: %1</source>
        <translation>la vérification des clés étrangères n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>foreign key: %1 row %2 points at a missing row of %3</source>
        <translation>clé étrangère : %1 ligne %2 pointe vers une ligne absente de %3</translation>
    </message>
    <message>
        <source>media files could not be listed: %1</source>
        <translation>les fichiers médias n&apos;ont pas pu être listés : %1</translation>
    </message>
    <message>
        <source>media: file %1 has an invalid key &quot;%2&quot;</source>
        <translation>médias : le fichier %1 a une clé invalide « %2 »</translation>
    </message>
    <message>
        <source>media: file %1 is missing: %2</source>
        <translation>médias : le fichier %1 est absent : %2</translation>
    </message>
    <message>
        <source>media: file %1 cannot be read: %2</source>
        <translation>médias : le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>media: file %1 is damaged (its content does not match its checksum): %2</source>
        <translation>médias : le fichier %1 est endommagé (son contenu ne correspond pas à sa somme de contrôle) : %2</translation>
    </message>
    <message>
        <source>media: %1 is not used by the catalog</source>
        <translation>médias : %1 n&apos;est pas utilisé par le catalogue</translation>
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
        <translation>Utilisation :
  reelkeeper [--db CHEMIN]                     ouvrir la fenêtre
  reelkeeper [--db CHEMIN] import FICHIER|DOSSIER [--format auto|movies|bundle|imdb|letterboxd|tellico]
                                   [--on-duplicate skip|update|add] [--dry-run] [--strict]
  reelkeeper [--db CHEMIN] export movies FICHIER.csv [--search TEXTE]
  reelkeeper [--db CHEMIN] export bundle DOSSIER [--include-users]
  reelkeeper [--db CHEMIN] check
  reelkeeper [--db CHEMIN] user add|passwd|remove|list [NOM]
  reelkeeper --version | --help

Options :
  --db CHEMIN    le catalogue à utiliser (créé s&apos;il n&apos;existe pas encore) ;
                 par défaut le catalogue du dossier de données de l&apos;application
  -h, --help     afficher cette aide
  -v, --version  afficher la version

Code de sortie : 0 succès, 1 échec (le catalogue est inchangé), 2 erreur d&apos;utilisation.
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
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>The option --%1 does not go with &quot;%2&quot;.</source>
        <translation>L&apos;option --%1 ne va pas avec « %2 ».</translation>
    </message>
    <message>
        <source>&quot;check&quot; takes no arguments.</source>
        <translation>« check » ne prend aucun argument.</translation>
    </message>
    <message>
        <source>&quot;import&quot; takes one file or folder.</source>
        <translation>« import » prend un fichier ou un dossier.</translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;; use one of %2.</source>
        <translation>Format inconnu « %1 » ; utilisez l&apos;un de %2.</translation>
    </message>
    <message>
        <source>Unknown duplicate policy &quot;%1&quot;; use skip, update or add.</source>
        <translation>Règle de doublons inconnue « %1 » ; utilisez skip, update ou add.</translation>
    </message>
    <message>
        <source>Use &quot;export movies FILE.csv&quot; or &quot;export bundle DIR&quot;.</source>
        <translation>Utilisez « export movies FICHIER.csv » ou « export bundle DOSSIER ».</translation>
    </message>
    <message>
        <source>--include-users goes with &quot;export bundle&quot;.</source>
        <translation>--include-users va avec « export bundle ».</translation>
    </message>
    <message>
        <source>--search goes with &quot;export movies&quot;.</source>
        <translation>--search va avec « export movies ».</translation>
    </message>
    <message>
        <source>Use &quot;user add|passwd|remove|list [NAME]&quot;.</source>
        <translation>Utilisez « user add|passwd|remove|list [NOM] ».</translation>
    </message>
    <message>
        <source>&quot;user %1&quot; takes one user name.</source>
        <translation>« user %1 » prend un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>&quot;user list&quot; takes no user name.</source>
        <translation>« user list » ne prend pas de nom d&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::Commands</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>check: %1: %2 error(s), %3 warning(s)</source>
        <translation>vérification : %1 : %2 erreur(s), %3 avertissement(s)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not available in this version yet; nothing was changed.</source>
        <translation>« %1 » n&apos;est pas encore disponible dans cette version ; rien n&apos;a été modifié.</translation>
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
        <translation>Impossible d&apos;ouvrir le catalogue %1 : %2</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::CreatedRows</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Impossible de commencer la transaction : %1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Impossible d’enregistrer la modification : %1</translation>
    </message>
    <message>
        <source>Could not read the new entries: %1</source>
        <translation>Impossible de lire les nouvelles entrées : %1</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is in use: %2</source>
        <translation>Impossible de vérifier si « %1 » est utilisé : %2</translation>
    </message>
    <message>
        <source>“%1” is in use by other records, so it was kept.</source>
        <translation>« %1 » est utilisé par d’autres fiches ; il a été conservé.</translation>
    </message>
    <message>
        <source>Could not remove “%1”: %2</source>
        <translation>Impossible de supprimer « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not put back “%1”: %2</source>
        <translation>Impossible de rétablir « %1 » : %2</translation>
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
        <translation>Impossible de lire un nom dans le catalogue : %1</translation>
    </message>
    <message>
        <source>Add “%1” as a new person</source>
        <translation>Ajouter « %1 » comme nouvelle personne</translation>
    </message>
    <message>
        <source>Add “%1” as a new country</source>
        <translation>Ajouter « %1 » comme nouveau pays</translation>
    </message>
    <message>
        <source>Could not search for people: %1</source>
        <translation>Impossible de rechercher des personnes : %1</translation>
    </message>
    <message>
        <source>Could not search for countries: %1</source>
        <translation>Impossible de rechercher des pays : %1</translation>
    </message>
    <message>
        <source>Could not add “%1” as a person: %2</source>
        <translation>Impossible d&apos;ajouter « %1 » comme personne : %2</translation>
    </message>
    <message>
        <source>Could not add “%1” as a country: %2</source>
        <translation>Impossible d&apos;ajouter « %1 » comme pays : %2</translation>
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
        <translation>« %1 » n&apos;est pas une adresse web ; Reelkeeper télécharge les images depuis des adresses http et https.</translation>
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
        <translation>Le fichier à l&apos;adresse %1 fait %2, plus que les %3 acceptés par Reelkeeper ; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The file at %1 is larger than the %2 that Reelkeeper accepts; the download was stopped.</source>
        <translation>Le fichier à l&apos;adresse %1 dépasse les %2 acceptés par Reelkeeper ; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The download of %1 timed out after %2 seconds without receiving data.</source>
        <translation>Le téléchargement de %1 a expiré après %2 secondes sans recevoir de données.</translation>
    </message>
    <message>
        <source>The address %1 redirected more than %2 times; the download was stopped.</source>
        <translation>L&apos;adresse %1 a redirigé plus de %2 fois ; le téléchargement a été arrêté.</translation>
    </message>
    <message>
        <source>The address %1 redirected from https to an unencrypted http address, which Reelkeeper does not follow.</source>
        <translation>L&apos;adresse %1 a redirigé de https vers une adresse http non chiffrée, ce que Reelkeeper ne suit pas.</translation>
    </message>
    <message>
        <source>The address %1 redirected to %2, which Reelkeeper does not follow: it downloads images only from http and https addresses.</source>
        <translation>L&apos;adresse %1 a redirigé vers %2, ce que Reelkeeper ne suit pas : il ne télécharge des images que depuis des adresses http et https.</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>The download from %1 was refused. %2</source>
        <translation>Le téléchargement depuis %1 a été refusé. %2</translation>
    </message>
    <message>
        <source>The address leads to a web page: use the address of the image itself.</source>
        <translation>L&apos;adresse mène à une page web : utilisez l&apos;adresse de l&apos;image elle-même.</translation>
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
        <source>Importing CSV files</source>
        <translation>L&apos;import de fichiers CSV</translation>
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
        <translation>&lt;h3&gt;Reelkeeper %1&lt;/h3&gt;&lt;p&gt;Un catalogue de films pour archivistes et collectionneurs.&lt;/p&gt;&lt;p&gt;Catalogue : %2&lt;br&gt;Version de schéma %3&lt;/p&gt;</translation>
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
    <message>
        <source>%1 is not part of this preview build yet.</source>
        <translation>%1 ne fait pas encore partie de cette préversion.</translation>
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
</context>
<context>
    <name>Reelkeeper::MediaStore</name>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Impossible de démarrer une transaction sur le catalogue : %1</translation>
    </message>
    <message>
        <source>Could not list the catalog&apos;s media files: %1</source>
        <translation>Impossible de lister les fichiers médias du catalogue : %1</translation>
    </message>
    <message>
        <source>The image is too large (%1 MB); Reelkeeper accepts images of at most %2 MB.</source>
        <translation>L&apos;image est trop volumineuse (%1 Mo) ; Reelkeeper accepte des images de %2 Mo au plus.</translation>
    </message>
    <message>
        <source>The file is empty; it is not an image.</source>
        <translation>Le fichier est vide ; ce n&apos;est pas une image.</translation>
    </message>
    <message>
        <source>This is not an image Reelkeeper accepts (JPEG, PNG, WebP or GIF).</source>
        <translation>Ce n&apos;est pas une image acceptée par Reelkeeper (JPEG, PNG, WebP ou GIF).</translation>
    </message>
    <message>
        <source>%1 images cannot be read on this computer: Qt&apos;s image plugin for %1 is not installed.</source>
        <translation>Les images %1 ne peuvent pas être lues sur cet ordinateur : le module d&apos;images Qt pour %1 n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The %1 image is incomplete: the file was cut short or is damaged.</source>
        <translation>L&apos;image %1 est incomplète : le fichier a été tronqué ou est endommagé.</translation>
    </message>
    <message>
        <source>The %1 image cannot be read: %2</source>
        <translation>L&apos;image %1 ne peut pas être lue : %2</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels, more than Reelkeeper accepts (%3 million pixels at most). It was refused, as it could exhaust the computer&apos;s memory.</source>
        <translation>L&apos;image fait %1 x %2 pixels, plus que ce que Reelkeeper accepte (%3 millions de pixels au plus). Elle a été refusée, car elle pourrait épuiser la mémoire de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>The %1 image is damaged and cannot be decoded: %2</source>
        <translation>L&apos;image %1 est endommagée et ne peut pas être décodée : %2</translation>
    </message>
    <message>
        <source>Could not store the image: its name &quot;%1&quot; is not a media name.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image : son nom « %1 » n&apos;est pas un nom de média.</translation>
    </message>
    <message>
        <source>Could not store the image: %1 is a symbolic link; the media folder must hold its files itself.</source>
        <translation>Impossible d&apos;enregistrer l&apos;image : %1 est un lien symbolique ; le dossier des médias doit contenir ses fichiers lui-même.</translation>
    </message>
    <message>
        <source>Could not create the media folder %1.</source>
        <translation>Impossible de créer le dossier des médias %1.</translation>
    </message>
    <message>
        <source>Could not write the image %1: %2</source>
        <translation>Impossible d&apos;écrire l&apos;image %1 : %2</translation>
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
        <translation>Le fichier %1 est trop volumineux (%2 Mo) ; Reelkeeper accepte des images de %3 Mo au plus.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>Le fichier %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The file %1 was not added: %2</source>
        <translation>Le fichier %1 n&apos;a pas été ajouté : %2</translation>
    </message>
    <message>
        <source>Could not look up the image in the catalog: %1</source>
        <translation>Impossible de rechercher l&apos;image dans le catalogue : %1</translation>
    </message>
    <message>
        <source>Could not record the image in the catalog: %1</source>
        <translation>Impossible d&apos;enregistrer l&apos;image dans le catalogue : %1</translation>
    </message>
    <message>
        <source>Could not look up media file %1: %2</source>
        <translation>Impossible de rechercher le fichier média %1 : %2</translation>
    </message>
    <message>
        <source>The catalog has no media file %1.</source>
        <translation>Le catalogue n&apos;a pas de fichier média %1.</translation>
    </message>
    <message>
        <source>Could not remove media file %1: %2</source>
        <translation>Impossible de supprimer le fichier média %1 : %2</translation>
    </message>
    <message>
        <source>Could not list unused media files: %1</source>
        <translation>Impossible de lister les fichiers médias inutilisés : %1</translation>
    </message>
    <message>
        <source>Could not remove unused media files: %1</source>
        <translation>Impossible de supprimer les fichiers médias inutilisés : %1</translation>
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
        <translation>Ce catalogue a été écrit par une version plus récente de Reelkeeper (version de schéma %1 ; cette version connaît jusqu&apos;à %2). Mettez Reelkeeper à jour pour l&apos;ouvrir ; le catalogue n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Could not upgrade the catalog to schema version %1 (%2): %3. The catalog was left as it was.</source>
        <translation>Impossible de mettre le catalogue à la version de schéma %1 (%2) : %3. Le catalogue est resté tel quel.</translation>
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
        <translation>Aucun film ne correspond à « %1 ».
La recherche porte sur les titres, les personnes et les personnages.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieCommands</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
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
        <translation>Ajouter « %1 »</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieDetailPane</name>
    <message>
        <source>The movie could not be read from the catalog: %1</source>
        <translation>Le film n&apos;a pas pu être lu dans le catalogue : %1</translation>
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
        <translation>Budget : %1</translation>
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
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>1972, 1972-03 or 1972-03-24</source>
        <translation>1972, 1972-03 ou 1972-03-24</translation>
    </message>
    <message>
        <source>&amp;Release date:</source>
        <translation>Date de &amp;sortie :</translation>
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
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>1500000.50</source>
        <translation>1500000.50</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget :</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>Di&amp;rector:</source>
        <translation>&amp;Réalisation :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
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
        <translation>&amp;Genres :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
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
        <translation>Adresse de l&apos;image (http ou https) :</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier « %1 »</translation>
    </message>
    <message>
        <source>Could not read the genres: %1</source>
        <translation>Impossible de lire les genres : %1</translation>
    </message>
    <message>
        <source>Could not add the genre “%1”: %2</source>
        <translation>Impossible d&apos;ajouter le genre « %1 » : %2</translation>
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
        <translation>« %1 » n&apos;est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is too large (%2 MB); Reelkeeper accepts images of at most %3 MB.</source>
        <translation>« %1 » est trop volumineux (%2 Mo) ; Reelkeeper accepte des images de %3 Mo au plus.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>“%1” was not used as the poster. %2</source>
        <translation>« %1 » n&apos;a pas été utilisé comme affiche. %2</translation>
    </message>
    <message>
        <source>The image is empty; nothing was used as the poster.</source>
        <translation>L&apos;image est vide ; rien n&apos;a été utilisé comme affiche.</translation>
    </message>
    <message>
        <source>The image could not be converted to PNG; nothing was used as the poster.</source>
        <translation>L&apos;image n&apos;a pas pu être convertie en PNG ; rien n&apos;a été utilisé comme affiche.</translation>
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
</context>
<context>
    <name>Reelkeeper::MovieListModel</name>
    <message>
        <source>In your favorites</source>
        <translation>Dans vos favoris</translation>
    </message>
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
        <translation>Le film n&apos;a pas pu être lu dans le catalogue : %1</translation>
    </message>
    <message>
        <source>Could not start a transaction on the catalog: %1</source>
        <translation>Impossible de démarrer une transaction sur le catalogue : %1</translation>
    </message>
    <message>
        <source>The changes could not be written to the catalog: %1</source>
        <translation>Les modifications n&apos;ont pas pu être écrites dans le catalogue : %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved because a person, genre, country or poster it refers to is not in the catalog.</source>
        <translation>« %1 » n&apos;a pas pu être enregistré, car une personne, un genre, un pays ou une affiche auquel il renvoie n&apos;est pas dans le catalogue.</translation>
    </message>
    <message>
        <source>“%1” could not be saved: %2</source>
        <translation>« %1 » n&apos;a pas pu être enregistré : %2</translation>
    </message>
    <message>
        <source>“%1” could not be put back because a person, genre, country, poster or user it refers to is no longer in the catalog.</source>
        <translation>« %1 » n&apos;a pas pu être rétabli, car une personne, un genre, un pays, une affiche ou un utilisateur auquel il renvoie n&apos;est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>“%1” could not be put back because the catalog has changed since it was deleted: one of its records has been taken by another entry.</source>
        <translation>« %1 » n&apos;a pas pu être rétabli, car le catalogue a changé depuis sa suppression : l&apos;un de ses enregistrements a été repris par une autre entrée.</translation>
    </message>
    <message>
        <source>“%1” could not be put back: %2</source>
        <translation>« %1 » n&apos;a pas pu être rétabli : %2</translation>
    </message>
    <message>
        <source>The movies could not be deleted: %1</source>
        <translation>Les films n&apos;ont pas pu être supprimés : %1</translation>
    </message>
    <message>
        <source>“%1” could not be saved: a cast entry names a character the movie does not have.</source>
        <translation>« %1 » n&apos;a pas pu être enregistré : une entrée de la distribution nomme un personnage que le film n&apos;a pas.</translation>
    </message>
    <message>
        <source>Enter a title: every movie needs one.</source>
        <translation>Saisissez un titre : chaque film en a besoin.</translation>
    </message>
    <message>
        <source>Use a year (1972), a month (1972-03) or a day (1972-03-24).</source>
        <translation>Utilisez une année (1972), un mois (1972-03) ou un jour (1972-03-24).</translation>
    </message>
    <message>
        <source>“%1” is not a real date. %2</source>
        <translation>« %1 » n&apos;est pas une date valide. %2</translation>
    </message>
    <message>
        <source>The budget is too long: use at most %1 characters.</source>
        <translation>Le budget est trop long : utilisez au plus %1 caractères.</translation>
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
        <translation>L&apos;entrée de distribution %1 nomme un personnage qui n&apos;est pas parmi ceux du film ; choisissez-en un ou aucun.</translation>
    </message>
    <message>
        <source>“%1” has changed in the catalog since it was opened. Open it again and repeat the edit.</source>
        <translation>« %1 » a changé dans le catalogue depuis son ouverture. Rouvrez-le et refaites la modification.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>“%1” could not be put back because another movie has taken its place in the catalog since it was deleted.</source>
        <translation>« %1 » n&apos;a pas pu être rétabli, car un autre film a pris sa place dans le catalogue depuis sa suppression.</translation>
    </message>
</context>
<context>
    <name>Reelkeeper::MovieSearch</name>
    <message>
        <source>Could not count the movies: %1</source>
        <translation>Impossible de compter les films : %1</translation>
    </message>
    <message>
        <source>Could not search the movies: %1</source>
        <translation>Impossible de rechercher les films : %1</translation>
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
