
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's01974f0f03ff0251': str`Aucun organisme public ne porte l’identifiant « ${0} ».`,
's0382d73823585617': str`${0}, année ${1}`,
's0999cc361e50c289': `Chargement des chiffres…`,
's0d019fd03df4c833': `Réclamations renouvelées`,
's0f8349163d6afecb': str`${0} (objectif : ${1})`,
's14641b92ac165408': str`objectif : au plus ${0}`,
's16a2d4948cfb4e7e': `Objectif atteint`,
's1d5bb8155f842a8d': `Satisfaction des usagers`,
's21d3105da2416024': str`objectif : au moins ${0}`,
's2a2b56ecf7c82369': `Organismes publics sur la plateforme`,
's2dd826dd8242cf8c': str`Total reçu : ${0}`,
's419cc6f14bf235d9': `Délai médian de réponse`,
's59e5ee702b7ead6d': str`Chiffres au ${0}`,
's5f4f569981ad3aa0': `Réponse apportée dans les délais`,
's5fcd72bbca480987': `Tous les organismes publics`,
's684a712107b118fe': `Réponse apportée`,
's6ac43cc737eb52a3': `Objectif non atteint`,
's946291dd2258d9af': `Les chiffres n’ont pas pu être chargés.`,
's95a1cb66adc3c4f9': `Pas encore de chiffres`,
's9976b5befb314c64': str`${0} jours`,
's9bba96bb7ac9b38b': str`Consulter le rapport annuel ${0}`,
'sa6a26dcca0ed660b': `Réclamations`,
'sbdf1a1c65faaa9be': `Aucune évaluation pour le moment`,
'sc2e2a13280dcffda': `Suggestions`,
'scd1dd6ff53d0d01a': `Réessayer`,
'se5fee82c1a697ea4': `Réclamations, observations et suggestions`,
'sea6c03d5b39f7383': `En retard à ce jour`,
'sf5fb1f2b58b5a4ba': str`${0} sur 5 (évaluations : ${1})`,
'sfec3a53d990738da': `Observations`,
    };
  