import type { jobs as en } from '../en/jobs'

export const jobs: Record<keyof typeof en, string> = {
  'jobs.error.invalidSettings':
    'Cette photo n’a pas pu être ajoutée : certains de ses réglages ne sont pas valides.',
  'jobs.error.invalidId':
    'Cette photo n’a pas pu être ajoutée (son identifiant est invalide ou déjà utilisé).',
  'jobs.error.confirmNewPhoto': 'Refaire une photo consomme une photo du quota. Confirmez pour continuer.',
  'jobs.error.useTryAgain': 'Utilisez « Réessayer » : la photo est terminée sans consommer de quota.',
  'jobs.error.cannotUnlock': 'Cet aperçu ne peut pas être déverrouillé. Refaites la photo.',
  'jobs.error.stillRunning': 'Cette photo est encore en cours. Annulez-la ou attendez qu’elle soit terminée.',
  'jobs.error.stillPreview': 'C’est encore un aperçu filigrané. Déverrouillez d’abord la photo finale.',
  'jobs.error.stillPreviewReport':
    'C’est encore un aperçu filigrané. Déverrouillez d’abord la photo finale : le rapport montre la photo finale.',
  'jobs.error.noFinishedPhoto': 'Aucune photo finie n’est conservée pour ce travail.',
  'jobs.error.internal': 'Un problème est survenu pendant la fabrication de cette photo. Réessayez.',
  'jobs.error.keptAnswerMissing': 'La réponse conservée pour cette photo est introuvable.',
  'jobs.error.sourceGone': 'La photo du client n’est plus conservée. Ajoutez-la à nouveau.',
  'jobs.error.cancelled': 'La photo a été annulée.',
  'jobs.error.alreadySent': 'Cette photo a déjà été envoyée une fois au service. {next}',
  'jobs.error.noPhotoInAnswer': 'Le service a répondu sans photo. Vérifiez le panneau du compte. {next}',
  'jobs.error.notPreparing': 'Cette photo n’est plus en préparation.',
  'jobs.error.notHeld': 'Cette photo n’attend plus de décision.',
  'jobs.error.noSingleFace':
    'Cette photo ne peut pas être envoyée telle quelle : il n’y a pas un seul visage. Choisissez un visage ou ajoutez une autre photo.',
  'jobs.error.noSuchFace': 'Ce visage n’existe pas sur cette photo. Choisissez-en un parmi ceux affichés.',
  'jobs.error.notInList': 'Cette photo n’est plus dans la liste.',
  'jobs.error.downloadFailed':
    'La photo a été faite et décomptée du quota, mais son téléchargement a échoué{known, select, yes { ({cause})} other {}}. « Réessayer » la télécharge à nouveau sans consommer de quota.',
  'jobs.error.unreadablePhoto':
    'Le service a envoyé une photo impossible à ouvrir. Vérifiez le panneau du compte avant de réessayer.',
  'jobs.error.saveFolder':
    'Le fichier n’a pas pu être enregistré dans ce dossier. Choisissez un autre dossier.',
  'jobs.error.saveWrite':
    'Le fichier n’a pas pu être écrit (le disque est-il plein ?). Choisissez un autre dossier.',
  'jobs.error.saveTooMany':
    'Ce dossier contient déjà trop de fichiers portant ce nom. Choisissez un autre dossier.',
  'jobs.refused.notSettled': 'Cette photo est encore en cours. Attendez qu’elle soit terminée.',
  'jobs.refused.done':
    'Cette photo est terminée. Ouvrez-la dans le résultat pour l’enregistrer ou l’imprimer.',
  'jobs.refused.purged': 'La photo du client a été supprimée (durée de conservation). Ajoutez-la à nouveau.',
  'jobs.refused.remakeNeeded':
    'Cette photo a peut-être déjà consommé une photo de votre quota : « Réessayer » n’est donc pas proposé. Vérifiez le panneau du compte ; pour la refaire, utilisez « Refaire une photo » (consomme une photo du quota).',
  'jobs.linkExpired':
    'La photo a été faite et payée, mais son lien de téléchargement a expiré : elle ne peut plus être téléchargée. Pour obtenir une photo pour ce client, utilisez « Refaire une photo » (consomme une photo du quota).',
  'jobs.maySpentNextStep': 'Pour la refaire, utilisez « Refaire une photo » (consomme une photo du quota).',
  'jobs.withNextStep': '{message} {next}',
  'jobs.interrupted.downloading':
    'L’application s’est fermée pendant le téléchargement de la photo. Elle était déjà faite et payée : « Réessayer » la télécharge sans consommer de quota.',
  'jobs.interrupted.beforeSending': 'L’application s’est fermée avant l’envoi de cette photo. Réessayez.',
  'jobs.interrupted.making':
    'L’application s’est fermée pendant la fabrication de cette photo ; elle a peut-être consommé une photo de votre quota. Vérifiez le panneau du compte. {next}',
  'jobs.heldNextStep':
    'Cette photo est retenue avant l’envoi (aucun quota consommé). Regardez ce que le contrôle du visage a trouvé, puis choisissez « Envoyer quand même », un visage, ou « Ne pas envoyer ».',
  'jobs.check.afterUnlock':
    'L’application mesure cette photo une fois la photo finale déverrouillée : le filigrane de l’aperçu fausserait la mesure.',
  'jobs.check.noSpec':
    'Les détails du format n’ont pas pu être lus : la photo n’a donc pas été mesurée par rapport à eux.',
  'jobs.check.engine':
    'Le moteur d’analyse du visage n’a pas pu s’exécuter : cette photo n’a pas été mesurée par rapport au format. Redémarrez l’application si cela se reproduit.',
  'jobs.check.unreadable':
    'L’application n’a pas pu lire cette photo pour la mesurer : elle n’a pas été contrôlée par rapport au format.',
  'jobs.check.noMeasurement': '{message} Il n’y a pas de rapport de contrôle sans mesure.',
  'jobs.check.couldNotMeasure': 'L’application n’a pas pu mesurer cette photo.',
  'jobs.upload.noSpec':
    'Les détails du format n’ont pas pu être lus (l’ordinateur est-il hors ligne ?) : le visage n’a donc pas été contrôlé avant l’envoi. Vous pouvez quand même l’envoyer.',
  'jobs.upload.unchecked':
    'Le contrôle local du visage n’a pas pu s’exécuter : cette photo n’a pas été contrôlée avant l’envoi. Vous pouvez quand même l’envoyer.',
  'jobs.error.mustAccept':
    'Cette photo demande votre attention. Lisez ce qu’elle indique, puis confirmez qu’elle peut quand même être enregistrée ou imprimée.',
  'jobs.error.noAttention': 'Cette photo ne demande plus votre attention. Rien à confirmer.'
}
