import type { language as en } from '../en/language'

export const language: Record<keyof typeof en, string> = {
  'language.title': 'Langue',
  'language.label': 'Langue de l’application',
  'language.name.en': 'English',
  'language.name.fr': 'Français',
  'language.system': 'Celle du système',
  'language.pseudo': 'Pseudo-langue (développement : accentuée, 30 % plus longue)',
  'language.note':
    'S’applique tout de suite à la fenêtre, aux menus et aux messages. Les tailles sont indiquées {unit, select, in {d’abord en pouces, puis en millimètres} other {d’abord en millimètres, puis en pouces}} ; un papier personnalisé commence {unit, select, in {en pouces} other {en millimètres}}.'
}
